package cn.nianbao.cli;

import cn.nianbao.document.FontRole;
import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 hashes (lower-case hex) of documents, data files and the font files a render used. The
 * bundled fonts' hashes are not computed at run time but read from {@value #BUNDLED_SUMS} (written
 * beside the fonts in {@code sha256sum} format; {@code BundledFontSumsTest} fails when it is
 * stale): hashing the ~56 MB of bundled fonts cost a good part of a cold start.
 */
final class Hashes {
  /** The bundled fonts' hashes, a classpath resource. */
  static final String BUNDLED_SUMS = "fonts/SHA256SUMS";
  /** Font files are large and shared by every report of a run: hashed once per process. */
  private static final Map<String, String> FONTS = new ConcurrentHashMap<>();

  private static final class Bundled {
    static final Map<String, String> SUMS = readSums();
  }

  private Hashes() {}

  static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static String of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    }
  }

  private static String of(InputStream in) throws IOException {
    MessageDigest md = digest();
    try (DigestInputStream din = new DigestInputStream(in, md)) {
      din.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Every face the set may draw with (each role's chain and the Latin face): location → hash. */
  static Map<String, String> fonts(FontSet set) {
    Map<String, String> hashes = new TreeMap<>();
    for (FontRole role : FontRole.values()) {
      for (Face face : set.chain(role)) {
        hashes.put(face.location(), FONTS.computeIfAbsent(face.location(), Hashes::font));
      }
    }
    hashes.put(set.latin().location(),
        FONTS.computeIfAbsent(set.latin().location(), Hashes::font));
    return hashes;
  }

  /** A bundled font ({@code fonts/NAME}) from the class path; else a file, maybe {@code ,N}. */
  private static String font(String location) {
    String listed = Bundled.SUMS.get(location);
    if (listed != null) {
      return listed;
    }
    try {
      if (location.startsWith("fonts/")) {
        try (InputStream in = Hashes.class.getResourceAsStream("/" + location)) {
          if (in != null) {
            return of(in);
          }
        }
      }
      Path file = Path.of(location);
      if (!Files.exists(file) && location.matches(".*,\\d+")) {
        file = Path.of(location.substring(0, location.lastIndexOf(',')));
      }
      return of(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@value #BUNDLED_SUMS} as bundled location ({@code fonts/NAME}) → hash; empty when absent. */
  private static Map<String, String> readSums() {
    Map<String, String> sums = new HashMap<>();
    try (InputStream in = Hashes.class.getResourceAsStream("/" + BUNDLED_SUMS)) {
      if (in == null) {
        return sums;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] parts = line.trim().split("\\s+\\*?", 2);
        if (parts.length == 2) {
          sums.put("fonts/" + parts[1], parts[0]);
        }
      }
      return sums;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
