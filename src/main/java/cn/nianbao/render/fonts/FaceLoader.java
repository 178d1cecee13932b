package cn.nianbao.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Reads font tables with FontBox, once per process and file: the bundled fonts alone are ~60 MB
 * and every render of a run shares them.
 */
final class FaceLoader {
  /** OS/2 fsType bit 1: restricted licence, the font may not be embedded. */
  private static final int RESTRICTED = 0x0002;

  private static final Map<String, FontTables> BUNDLED = new ConcurrentHashMap<>();
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
  private static final Map<String, Optional<FontTables>> INSTALLED = new ConcurrentHashMap<>();

  private FaceLoader() {}

  /** A bundled font from classpath {@code /fonts/}; its absence is a packaging defect. */
  static FontTables bundled(String file) {
    return BUNDLED.computeIfAbsent(file, FaceLoader::loadBundled);
  }

  /**
   * A bundled font opened only when a character is first looked up in it. Its PostScript name is
   * taken from the file name, which for such a font must be {@code <PostScript name>.otf|ttf}.
   */
  static FontTables bundledLazily(String file) {
    return BUNDLED.computeIfAbsent(file, f -> FontTables.lazy(f.substring(0, f.lastIndexOf('.')),
        () -> parse(f, bytes(f))));
  }

  /**
   * The bytes of a bundled font, read from the jar once per process and shared (never to be
   * changed) by the metrics here and the PDF writer.
   */
  static byte[] bytes(String file) {
    return FILES.computeIfAbsent(file, FaceLoader::read);
  }

  private static byte[] read(String file) {
    try (InputStream in = FaceLoader.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font /fonts/" + file + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    }
  }

  private static FontTables loadBundled(String file) {
    try {
      return new FontTables(parse(file, bytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    }
  }

  private static TrueTypeFont parse(String file, byte[] bytes) throws IOException {
    TTFParser parser = file.toLowerCase(Locale.ROOT).endsWith(".otf") ? new OTFParser(true)
        : new TTFParser(true);
    return parser.parse(new RandomAccessReadBuffer(bytes));
  }

  /**
   * An installed face, or empty when it cannot be used (damaged, CFF inside a collection, which
   * PDF writers cannot embed, or a licence that forbids embedding): the search then moves on to
   * the next candidate.
   */
  static Optional<FontTables> installed(FaceNames face) {
    return INSTALLED.computeIfAbsent(face.openPdfName(), name -> {
      try {
        TrueTypeFont font = open(face);
        if (font == null || !embeddable(font)) {
          return Optional.empty();
        }
        return Optional.of(new FontTables(font));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    });
  }

  private static TrueTypeFont open(FaceNames face) throws IOException {
    String name = face.file().getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ttc")) {
      return inCollection(face);
    }
    TTFParser parser = name.endsWith(".otf") ? new OTFParser(true) : new TTFParser(true);
    return parser.parse(new RandomAccessReadBufferedFile(face.file().toFile()));
  }

  /** The face at the index of a collection; one with CFF outlines is refused. */
  private static TrueTypeFont inCollection(FaceNames face) throws IOException {
    TrueTypeCollection collection = new TrueTypeCollection(face.file().toFile());
    AtomicInteger index = new AtomicInteger();
    AtomicReference<TrueTypeFont> found = new AtomicReference<>();
    collection.processAllFonts(font -> {
      if (index.getAndIncrement() == face.index()) {
        found.set(font);
      }
    });
    TrueTypeFont font = found.get();
    return font == null || font.getTableMap().containsKey("CFF ") ? null : font;
  }

  private static boolean embeddable(TrueTypeFont font) throws IOException {
    OS2WindowsMetricsTable os2 = font.getOS2Windows();
    return os2 == null || (os2.getFsType() & RESTRICTED) == 0;
  }
}
