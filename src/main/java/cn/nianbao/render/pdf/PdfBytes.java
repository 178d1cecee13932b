package cn.nianbao.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes a PDF written by OpenPDF where it offers no hook, by replacing bytes with bytes of the
 * same length (so every offset in the cross-reference table stays right):
 *
 * <ul>
 *   <li>each font's random subset tag ({@code ABCDEF+}) becomes six letters derived from the
 *       embedded subset, i.e. from the font and the glyphs used;
 *   <li>{@code /CIDSet} entries are blanked out: OpenPDF's CIDSets are incomplete, and PDF/A-2
 *       allows none;
 *   <li>the file identifier {@code /ID} becomes a hash of the rest of the file instead of one
 *       made from the clock.
 * </ul>
 */
final class PdfBytes {
  private static final Pattern FONT_NAME = Pattern.compile("/FontName\\s*/([A-Z]{6})\\+([^/\\s<>\\[]*)");
  private static final Pattern FONT_FILE = Pattern.compile("/FontFile[23]?\\s+(\\d+)\\s+0\\s+R");
  private static final Pattern CID_SET = Pattern.compile("/CIDSet\\s+\\d+\\s+0\\s+R");
  private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]");

  private PdfBytes() {}

  /** The finished file. */
  static byte[] finish(byte[] pdf) {
    // ISO-8859-1 maps every byte to one char and back, so offsets and binary streams survive.
    // Every search starts from String.indexOf of a fixed key and only then tries a pattern at
    // that place: a pattern searched through the whole file (font programs included) cost a
    // third of a batch's time.
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    s = subsetTags(s);
    s = replaceAt(s, "/CIDSet", CID_SET, m -> " ".repeat(m.group().length()));
    s = fileId(s);
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String subsetTags(String s) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (MatchResult name : matches(s, "/FontName", FONT_NAME)) {
      // The font descriptor is the object around /FontName; it may hold nested dictionaries.
      int start = Math.max(0, s.lastIndexOf(" obj", name.start()));
      int end = s.indexOf("endobj", name.end());
      Matcher file = FONT_FILE.matcher(s).region(start, end < 0 ? s.length() : end);
      String subset = file.find() ? stream(s, file.group(1)) : "";
      tags.putIfAbsent(name.group(1) + "+" + name.group(2), tag(name.group(2), subset));
    }
    // Fonts may share a placeholder tag: each tagged name is replaced, longest names first, so
    // that "TAG+Song" cannot take the place of "TAG+Song-Bold".
    List<Map.Entry<String, String>> byLength = new ArrayList<>(tags.entrySet());
    byLength.sort(Comparator.comparingInt((Map.Entry<String, String> t) -> -t.getKey().length()));
    for (Map.Entry<String, String> t : byLength) {
      String font = t.getKey().substring(t.getKey().indexOf('+'));
      s = s.replace("/" + t.getKey(), "/" + t.getValue() + font);
    }
    return s;
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

  /** {@code s} with each match of {@code pattern} (found where {@code key} starts) replaced. */
  private static String replaceAt(String s, String key, Pattern pattern,
      Function<MatchResult, String> replacement) {
    StringBuilder out = new StringBuilder(s.length());
    int copied = 0;
    for (MatchResult m : matches(s, key, pattern)) {
      out.append(s, copied, m.start()).append(replacement.apply(m));
      copied = m.end();
    }
    return copied == 0 ? s : out.append(s, copied, s.length()).toString();
  }

  /** The bytes of object {@code number}'s stream (as chars), or "" when it cannot be found. */
  private static String stream(String s, String number) {
    String header = number + " 0 obj";
    int at = s.indexOf(header);
    while (at > 0 && s.charAt(at - 1) != '\n' && s.charAt(at - 1) != '\r') {
      at = s.indexOf(header, at + 1);
    }
    if (at < 0) {
      return "";
    }
    int start = s.indexOf("stream", at + header.length());
    int end = start < 0 ? -1 : s.indexOf("endstream", start + 6);
    return end < 0 ? "" : s.substring(start + 6, end);
  }

  /** Six capital letters from a hash of the font's name and its embedded subset. */
  private static String tag(String fontName, String subset) {
    byte[] h = sha256(fontName + "\n" + subset);
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + (h[i] & 0xff) % 26));
    }
    return tag.toString();
  }

  /** Both halves of {@code /ID} from a hash of the file with its identifier zeroed. */
  private static String fileId(String s) {
    if (matches(s, "/ID", ID).isEmpty()) {
      return s;
    }
    String zeroed = replaceAt(s, "/ID", ID, x -> zeros(x.group()));
    String hex = HexFormat.of().formatHex(sha256(zeroed));
    return replaceAt(s, "/ID", ID, x -> x.group()
        .replace(x.group(1), hex.substring(0, x.group(1).length()))
        .replace(x.group(2), hex.substring(0, x.group(2).length())));
  }

  private static String zeros(String idEntry) {
    return idEntry.replaceAll("<[0-9a-fA-F]+>", "<0>");
  }

  private static byte[] sha256(String chars) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(chars.getBytes(StandardCharsets.ISO_8859_1));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
