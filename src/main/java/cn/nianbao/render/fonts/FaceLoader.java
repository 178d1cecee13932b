package cn.nianbao.render.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens font faces once per process and file, with the light table reader {@link SfntTables}:
 * the bundled fonts alone are ~60 MB and every render of a run shares them. Font files are
 * memory-mapped ({@link BundledFiles} for the bundled ones), so only the pages read are loaded.
 */
final class FaceLoader {
  private static final Map<String, FontTables> BUNDLED = new ConcurrentHashMap<>();
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
        () -> SfntTables.read(BundledFiles.of(f), 0)));
  }

  private static FontTables loadBundled(String file) {
    try {
      return new FontTables(SfntTables.read(BundledFiles.of(file), 0));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    }
  }

  /**
   * An installed face, or empty when it cannot be used (damaged, CFF inside a collection, which
   * PDF writers cannot embed, or a licence that forbids embedding): the search then moves on to
   * the next candidate.
   */
  static Optional<FontTables> installed(FaceNames face) {
    return INSTALLED.computeIfAbsent(face.openPdfName(), name -> {
      try {
        SfntTables font = open(face);
        if (font == null || font.restricted()) {
          return Optional.empty();
        }
        return Optional.of(new FontTables(font));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    });
  }

  private static SfntTables open(FaceNames face) throws IOException {
    ByteBuffer file;
    try (FileChannel ch = FileChannel.open(face.file(), StandardOpenOption.READ)) {
      file = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
    }
    boolean collection = face.file().getFileName().toString().toLowerCase(Locale.ROOT)
        .endsWith(".ttc");
    if (!collection) {
      return SfntTables.read(file, 0);
    }
    // A collection: the offset of each face's directory follows the header.
    if (face.index() >= file.getInt(8)) {
      return null;
    }
    SfntTables font = SfntTables.read(file, file.getInt(12 + 4 * face.index()));
    return font.cff() ? null : font;
  }
}
