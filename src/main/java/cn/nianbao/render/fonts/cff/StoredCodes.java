package cn.nianbao.render.fonts.cff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Deflate codes {@link GlyphFlate#sampled} makes for each bundled font, made once and kept in
 * {@code deflate-codes.txt} beside this class: making them at run time parses a hundred glyphs,
 * a tenth of a second of a one-report run's start. A font is known by its {@link
 * CffFont#fingerprint}; any other font's codes are made as before. {@code StoredCodesTest}
 * checks that each line is what the font's own sample gives, so that the bytes of a PDF never
 * depend on whether its codes were kept or made.
 *
 * <p>A line: the fingerprint in hex, the font's file name (for people), and the 316 code
 * lengths (286 literal/length symbols, 30 distance symbols) as one hex digit each.
 */
final class StoredCodes {
  private static final String FILE = "deflate-codes.txt";

  private StoredCodes() {}

  private static final class Lines {
    static final Map<Long, int[]> BY_FINGERPRINT = read();
  }

  /** The kept codes of the font, if it is a bundled one. */
  static Optional<DeflateCodes> of(CffFont font) {
    int[] lengths = Lines.BY_FINGERPRINT.get(font.fingerprint());
    return lengths == null ? Optional.empty() : Optional.of(new DeflateCodes(lengths));
  }

  /** The line of {@code deflate-codes.txt} for these codes of a font. */
  static String line(long fingerprint, String name, DeflateCodes codes) {
    StringBuilder line = new StringBuilder(Long.toHexString(fingerprint)).append(' ')
        .append(name).append(' ');
    for (int l : codes.lengths()) {
      line.append(Character.forDigit(l, 16));
    }
    return line.toString();
  }

  private static Map<Long, int[]> read() {
    Map<Long, int[]> lines = new HashMap<>();
    try (InputStream in = StoredCodes.class.getResourceAsStream(FILE)) {
      if (in == null) {
        return lines;
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split(" ");
        if (fields.length != 3 || line.startsWith("#")) {
          continue;
        }
        int[] lengths = new int[fields[2].length()];
        for (int i = 0; i < lengths.length; i++) {
          lengths[i] = Character.digit(fields[2].charAt(i), 16);
        }
        lines.put(Long.parseLong(fields[0], 16), lengths);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
    return lines;
  }
}
