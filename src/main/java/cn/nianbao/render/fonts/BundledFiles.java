package cn.nianbao.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled font files (classpath {@code /fonts/}) as read-only buffers, opened once per process
 * and shared by every reader and thread (all reads are absolute). They are memory-mapped, so that
 * a run loads only the pages it reads (a few tables and the used glyphs of ~37 MB): from the jar
 * when the build stored them uncompressed there, or from the folder of classes (tests, an IDE).
 * Anything else (a compressed entry, a jar inside a jar) is read into memory as before.
 */
final class BundledFiles {
  private static final String FOLDER = "fonts/";
  private static final Map<String, ByteBuffer> FILES = new ConcurrentHashMap<>();
  private static final Map<Path, Map<String, StoredEntries.Region>> JARS =
      new ConcurrentHashMap<>();

  private BundledFiles() {}

  /** The font file {@code /fonts/<file>}; its absence is a packaging defect. */
  static ByteBuffer of(String file) {
    return FILES.computeIfAbsent(file, BundledFiles::open);
  }

  private static ByteBuffer open(String file) {
    URL url = BundledFiles.class.getResource("/" + FOLDER + file);
    if (url == null) {
      throw new IllegalStateException("Font /" + FOLDER + file + " is not on the classpath");
    }
    try {
      ByteBuffer mapped = map(url, FOLDER + file);
      if (mapped != null) {
        return mapped;
      }
      try (InputStream in = url.openStream()) {
        return ByteBuffer.wrap(in.readAllBytes()).asReadOnlyBuffer();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    }
  }

  /** The mapped resource, or null when it is not a plain file or a stored entry of a jar file. */
  private static ByteBuffer map(URL url, String entry) throws IOException {
    try {
      if (url.getProtocol().equals("file")) {
        return map(Path.of(url.toURI()), null);
      }
      String spec = url.getPath(); // file:/…/nianbao.jar!/fonts/NAME for a jar resource
      int bang = spec.indexOf("!/");
      if (!url.getProtocol().equals("jar") || !spec.startsWith("file:") || bang < 0
          || spec.indexOf("!/", bang + 2) >= 0) {
        return null;
      }
      Path jar = Path.of(new URI(spec.substring(0, bang)));
      StoredEntries.Region region = JARS.computeIfAbsent(jar, BundledFiles::storedFonts)
          .get(entry);
      return region == null ? null : map(jar, region);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, StoredEntries.Region> storedFonts(Path jar) {
    try {
      return StoredEntries.under(jar, FOLDER);
    } catch (IOException e) {
      return Map.of(); // read through the class loader instead
    }
  }

  /** Maps the region (the whole file when null); the mapping outlives the closed channel. */
  private static ByteBuffer map(Path file, StoredEntries.Region region) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long offset = region == null ? 0 : region.offset();
      long size = region == null ? ch.size() : region.size();
      return ch.map(FileChannel.MapMode.READ_ONLY, offset, size);
    }
  }
}
