package cn.nianbao.render.pdf;

import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontSource;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenPDF font of each face, parsed once per process and file. Sharing is safe: a BaseFont
 * only holds metrics and glyph tables; the glyphs a document uses are tracked by each writer.
 */
final class PdfFaces {
  private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();

  private PdfFaces() {}

  /** The face as an embedded, subset Identity-H font. */
  static BaseFont of(Face face) {
    return FONTS.computeIfAbsent(face.location(), location -> load(face));
  }

  private static BaseFont load(Face face) {
    try {
      if (face.source() == FontSource.BUNDLED) {
        // The same bytes the metrics were read from: the jar entry is inflated once per run.
        String name = face.location().substring(face.location().lastIndexOf('/') + 1);
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
            face.bundledFile(), null);
      }
      return BaseFont.createFont(face.location(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          null, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + face.location(), e);
    }
  }
}
