package cn.nianbao.render.fonts;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses fonts with OpenPDF, once per process and file: the bundled fonts alone are ~60 MB and
 * every render of a run shares them.
 */
final class FaceLoader {
  private static final Map<String, BaseFont> BUNDLED = new ConcurrentHashMap<>();
  private static final Map<String, Optional<BaseFont>> INSTALLED = new ConcurrentHashMap<>();

  private FaceLoader() {}

  /** A bundled font from classpath {@code /fonts/}; its absence is a packaging defect. */
  static BaseFont bundled(String file) {
    return BUNDLED.computeIfAbsent(file, FaceLoader::loadBundled);
  }

  private static BaseFont loadBundled(String file) {
    try (InputStream in = FaceLoader.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font /fonts/" + file + " is not on the classpath");
      }
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot parse font " + file, e);
    }
  }

  /**
   * An installed face, or empty when OpenPDF cannot use it (damaged, CFF inside a collection,
   * or a licence that forbids embedding): the search then moves on to the next candidate.
   */
  static Optional<BaseFont> installed(FaceNames face) {
    return INSTALLED.computeIfAbsent(face.openPdfName(), name -> {
      try {
        return Optional.of(
            BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null));
      } catch (IOException | RuntimeException e) { // DocumentException is a RuntimeException
        return Optional.empty();
      }
    });
  }
}
