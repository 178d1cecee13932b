package cn.nianbao.render.pdf;

import cn.nianbao.document.FontRole;
import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.FontSource;
import cn.nianbao.render.fonts.cff.CffFont;
import cn.nianbao.render.fonts.cff.SfntDirectory;
import cn.nianbao.render.fonts.ttf.GlyfFont;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CompactFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenPDF font of each face, parsed once per process and file. Sharing is safe: a BaseFont
 * only holds metrics and glyph tables; the glyphs a document uses are tracked by each writer.
 *
 * <p>A font with CFF outlines (all the bundled Chinese fonts) is embedded as a compact subset
 * written by {@link CffFont#subsetZlib}: only the used glyphs, read from the source file
 * (memory-mapped for a bundled font) when a document is written, and compressed from each glyph's
 * Deflate codes made once per process. OpenPDF itself is given the file without its CFF table: it
 * reads only metrics, names and the character map, and its copy is then ~100 KB.
 * A TrueType font (the bundled Latin face, a system .ttf) is embedded likewise, as written by
 * {@link GlyfFont#subset}; a face of a .ttc collection is left to OpenPDF's own subsets.
 */
final class PdfFaces {
  private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();

  private PdfFaces() {}

  /** The face as an embedded, subset Identity-H font. */
  static BaseFont of(Face face) {
    return FONTS.computeIfAbsent(face.location(), location -> load(face));
  }

  /**
   * True when every face of the set is embedded as a {@link CompactFont} (bundled, .otf or .ttf
   * faces), decided from the faces' files without loading them; false when some face of a .ttc
   * collection is left to OpenPDF's subsets (whose random tags {@link PdfBytes} replaces).
   */
  static boolean allCompact(FontSet fonts) {
    for (FontRole role : FontRole.values()) {
      for (Face face : fonts.chain(role)) {
        if (!compact(face)) {
          return false;
        }
      }
    }
    return compact(fonts.latin());
  }

  private static boolean compact(Face face) {
    String lower = face.location().toLowerCase(Locale.ROOT);
    return face.source() == FontSource.BUNDLED || lower.endsWith(".otf")
        || lower.endsWith(".ttf");
  }

  private static BaseFont load(Face face) {
    String location = face.location();
    try {
      String name = location.substring(location.lastIndexOf('/') + 1);
      if (face.source() == FontSource.BUNDLED) {
        // The same mapped file the metrics were read from.
        return font(name, face.bundledFont());
      }
      String lower = location.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".otf") || lower.endsWith(".ttf")) {
        return font(location, ByteBuffer.wrap(Files.readAllBytes(Path.of(location))));
      }
      return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          null, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + location, e);
    }
  }

  private static BaseFont font(String name, ByteBuffer file) throws IOException {
    if (CffFont.isCff(file)) {
      CffFont cff = CffFont.of(file);
      return CompactFont.cff(name, SfntDirectory.without(file, "CFF "), cff::subsetZlib);
    }
    byte[] bytes = new byte[file.limit()];
    file.get(0, bytes);
    if (GlyfFont.isGlyf(file)) {
      return CompactFont.trueType(name, bytes, GlyfFont.of(ByteBuffer.wrap(bytes))::subset);
    }
    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
  }
}
