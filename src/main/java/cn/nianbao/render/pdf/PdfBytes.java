package cn.nianbao.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes a PDF written by OpenPDF where it offers no hook, by overwriting bytes in place with
 * bytes of the same length (so every offset in the cross-reference table stays right):
 *
 * <ul>
 *   <li>each font's random subset tag ({@code ABCDEF+}) becomes six letters derived from the
 *       embedded subset, i.e. from the font and the glyphs used;
 *   <li>{@code /CIDSet} entries are blanked out: OpenPDF's CIDSets are incomplete, and PDF/A-2
 *       allows none;
 *   <li>the file identifier {@code /ID} becomes a hash of the rest of the file instead of one
 *       made from the clock.
 * </ul>
 *
 * <p>Every report of a batch passes through here. The file is searched through one Latin-1 view
 * of it (ISO-8859-1 maps every byte to one char, and {@link String#indexOf} is the runtime's
 * fastest search), a pattern is only tried where a fixed key was found (a pattern searched through
 * the font programs cost a third of a batch's time), and the changes are written into the bytes
 * (copying the file into strings and back for each change cost a tenth of a report's time).
 */
final class PdfBytes {
  private static final Pattern FONT_NAME = Pattern.compile("/FontName\\s*/([A-Z]{6})\\+([^/\\s<>\\[]*)");
  private static final Pattern FONT_FILE = Pattern.compile("/FontFile[23]?\\s+(\\d+)\\s+0\\s+R");
  private static final Pattern CID_SET = Pattern.compile("/CIDSet\\s+\\d+\\s+0\\s+R");
  private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]");
  private static final int TAG = 6;

  private PdfBytes() {}

  /** The finished file: {@code pdf} itself, changed in place. */
  static byte[] finish(byte[] pdf) {
    String view = new String(pdf, StandardCharsets.ISO_8859_1); // searched; never changed
    subsetTags(pdf, view);
    for (MatchResult m : matches(view, "/CIDSet", CID_SET)) {
      Arrays.fill(pdf, m.start(), m.end(), (byte) ' ');
    }
    fileId(pdf, view);
    return pdf;
  }

  private static void subsetTags(byte[] pdf, String view) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (MatchResult name : matches(view, "/FontName", FONT_NAME)) {
      // The font descriptor is the object around /FontName; it may hold nested dictionaries.
      int start = Math.max(0, view.lastIndexOf(" obj", name.start()));
      int end = view.indexOf("endobj", name.end());
      Matcher file = FONT_FILE.matcher(view).region(start, end < 0 ? view.length() : end);
      int[] subset = file.find() ? stream(view, file.group(1)) : new int[] {0, 0};
      tags.putIfAbsent(name.group(1) + "+" + name.group(2), tag(name.group(2), pdf, subset));
    }
    // Fonts may share a placeholder tag: each tagged name is replaced, longest names first, so
    // that "TAG+Song" cannot take the place of "TAG+Song-Bold" (a place is replaced once).
    List<Map.Entry<String, String>> byLength = new ArrayList<>(tags.entrySet());
    byLength.sort(Comparator.comparingInt((Map.Entry<String, String> t) -> -t.getKey().length()));
    Set<Integer> replaced = new HashSet<>();
    for (Map.Entry<String, String> t : byLength) {
      String key = "/" + t.getKey();
      byte[] tag = t.getValue().getBytes(StandardCharsets.ISO_8859_1);
      for (int at = view.indexOf(key); at >= 0; at = view.indexOf(key, at + key.length())) {
        if (replaced.add(at)) {
          System.arraycopy(tag, 0, pdf, at + 1, TAG);
        }
      }
    }
  }

  /** The matches of {@code pattern}, each found where {@code key} starts. */
  private static List<MatchResult> matches(String s, String key, Pattern pattern) {
    List<MatchResult> found = new ArrayList<>();
    Matcher m = pattern.matcher(s);
    for (int at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
      if (m.region(at, s.length()).lookingAt()) {
        found.add(m.toMatchResult());
        at = m.end() - 1;
      }
    }
    return found;
  }

  /** Where object {@code number}'s stream bytes are ({start, end}), or {0, 0}. */
  private static int[] stream(String s, String number) {
    String header = number + " 0 obj";
    int at = s.indexOf(header);
    while (at > 0 && s.charAt(at - 1) != '\n' && s.charAt(at - 1) != '\r') {
      at = s.indexOf(header, at + 1);
    }
    if (at < 0) {
      return new int[] {0, 0};
    }
    int start = s.indexOf("stream", at + header.length());
    int end = start < 0 ? -1 : s.indexOf("endstream", start + 6);
    return end < 0 ? new int[] {0, 0} : new int[] {start + 6, end};
  }

  /** Six capital letters from a hash of the font's name and its embedded subset. */
  private static String tag(String fontName, byte[] pdf, int[] subset) {
    MessageDigest sha = sha256();
    sha.update((fontName + "\n").getBytes(StandardCharsets.ISO_8859_1));
    sha.update(pdf, subset[0], subset[1] - subset[0]);
    byte[] h = sha.digest();
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < TAG; i++) {
      tag.append((char) ('A' + (h[i] & 0xff) % 26));
    }
    return tag.toString();
  }

  /**
   * Both halves of {@code /ID} from a hash of the file (as changed so far) with each half
   * written as {@code <0>}.
   */
  private static void fileId(byte[] pdf, String view) {
    List<MatchResult> ids = matches(view, "/ID", ID);
    if (ids.isEmpty()) {
      return;
    }
    MessageDigest sha = sha256();
    int copied = 0;
    for (MatchResult id : ids) {
      for (int half = 1; half <= 2; half++) {
        sha.update(pdf, copied, id.start(half) - copied);
        sha.update((byte) '0');
        copied = id.end(half);
      }
    }
    sha.update(pdf, copied, pdf.length - copied);
    byte[] hex = HexFormat.of().formatHex(sha.digest()).getBytes(StandardCharsets.ISO_8859_1);
    for (MatchResult id : ids) {
      for (int half = 1; half <= 2; half++) {
        int length = id.end(half) - id.start(half);
        System.arraycopy(hex, 0, pdf, id.start(half), Math.min(hex.length, length));
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
