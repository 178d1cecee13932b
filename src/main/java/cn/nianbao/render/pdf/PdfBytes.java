package cn.nianbao.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * <p>It works on the bytes themselves: every report of a batch passes through here, and copying
 * the file into strings and back cost a tenth of a report's time.
 */
final class PdfBytes {
  private static final byte[] FONT_NAME = ascii("/FontName");
  private static final byte[] CID_SET = ascii("/CIDSet");
  private static final byte[] ID = ascii("/ID");
  private static final byte[] FONT_FILE = ascii("/FontFile");
  private static final byte[] OBJ = ascii(" obj");
  private static final byte[] END_OBJ = ascii("endobj");
  private static final byte[] STREAM = ascii("stream");
  private static final byte[] END_STREAM = ascii("endstream");
  private static final int TAG = 6;

  private PdfBytes() {}

  /** The finished file: {@code pdf} itself, changed in place. */
  static byte[] finish(byte[] pdf) {
    subsetTags(pdf);
    blankCidSets(pdf);
    fileId(pdf);
    return pdf;
  }

  private static void subsetTags(byte[] pdf) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int at = indexOf(pdf, FONT_NAME, 0); at >= 0; at = indexOf(pdf, FONT_NAME, at + 1)) {
      int tag = skipSpace(pdf, at + FONT_NAME.length);
      if (tag >= pdf.length || pdf[tag] != '/' || !isTag(pdf, tag + 1)) {
        continue;
      }
      int nameStart = tag + 1 + TAG + 1;
      int nameEnd = nameStart;
      while (nameEnd < pdf.length && isNameChar(pdf[nameEnd])) {
        nameEnd++;
      }
      String name = latin1(pdf, nameStart, nameEnd);
      tags.putIfAbsent(latin1(pdf, tag + 1, nameEnd), tag(name, pdf, program(pdf, at, nameEnd)));
      at = nameEnd - 1;
    }
    // Fonts may share a placeholder tag: each tagged name is replaced, longest names first, so
    // that "TAG+Song" cannot take the place of "TAG+Song-Bold".
    List<Map.Entry<String, String>> byLength = new ArrayList<>(tags.entrySet());
    byLength.sort(Comparator.comparingInt((Map.Entry<String, String> t) -> -t.getKey().length()));
    for (Map.Entry<String, String> t : byLength) {
      byte[] key = ascii("/" + t.getKey());
      byte[] tag = ascii(t.getValue());
      for (int at = indexOf(pdf, key, 0); at >= 0; at = indexOf(pdf, key, at + key.length)) {
        System.arraycopy(tag, 0, pdf, at + 1, TAG);
      }
    }
  }

  /**
   * The embedded program of the font descriptor around {@code /FontName} (the object's
   * {@code /FontFile}, {@code /FontFile2} or {@code /FontFile3} stream, as stored), or an empty
   * range when there is none.
   */
  private static Range program(byte[] pdf, int fontName, int nameEnd) {
    // The font descriptor is the object around /FontName; it may hold nested dictionaries.
    int start = Math.max(0, lastIndexOf(pdf, OBJ, fontName));
    int end = indexOf(pdf, END_OBJ, nameEnd);
    end = end < 0 ? pdf.length : end;
    for (int at = indexOf(pdf, FONT_FILE, start); at >= 0 && at < end;
        at = indexOf(pdf, FONT_FILE, at + 1)) {
      int p = at + FONT_FILE.length;
      if (p < end && (pdf[p] == '2' || pdf[p] == '3')) {
        p++;
      }
      int digits = skipSpace(pdf, p);
      if (digits == p) {
        continue; // "/FontFile" must be followed by white space before the number
      }
      int numberEnd = digits;
      while (numberEnd < end && isDigit(pdf[numberEnd])) {
        numberEnd++;
      }
      if (numberEnd > digits && reference(pdf, numberEnd, end)) {
        return stream(pdf, latin1(pdf, digits, numberEnd));
      }
    }
    return Range.EMPTY;
  }

  /** Whether {@code \s+0\s+R} follows at {@code p}, before {@code end}. */
  private static boolean reference(byte[] pdf, int p, int end) {
    int q = skipSpace(pdf, p);
    if (q == p || q >= end || pdf[q] != '0') {
      return false;
    }
    int r = skipSpace(pdf, q + 1);
    return r > q + 1 && r < end && pdf[r] == 'R';
  }

  /** Object {@code number}'s stream bytes, from after "stream" to "endstream", or empty. */
  private static Range stream(byte[] pdf, String number) {
    byte[] header = ascii(number + " 0 obj");
    int at = indexOf(pdf, header, 0);
    while (at > 0 && pdf[at - 1] != '\n' && pdf[at - 1] != '\r') {
      at = indexOf(pdf, header, at + 1);
    }
    if (at < 0) {
      return Range.EMPTY;
    }
    int start = indexOf(pdf, STREAM, at + header.length);
    int end = start < 0 ? -1 : indexOf(pdf, END_STREAM, start + STREAM.length);
    return end < 0 ? Range.EMPTY : new Range(start + STREAM.length, end);
  }

  private static void blankCidSets(byte[] pdf) {
    for (int at = indexOf(pdf, CID_SET, 0); at >= 0; at = indexOf(pdf, CID_SET, at + 1)) {
      int p = skipSpace(pdf, at + CID_SET.length);
      if (p == at + CID_SET.length) {
        continue;
      }
      int numberEnd = p;
      while (numberEnd < pdf.length && isDigit(pdf[numberEnd])) {
        numberEnd++;
      }
      if (numberEnd > p && reference(pdf, numberEnd, pdf.length)) {
        int end = skipSpace(pdf, skipSpace(pdf, numberEnd) + 1) + 1;
        Arrays.fill(pdf, at, end, (byte) ' ');
        at = end - 1;
      }
    }
  }

  /** Both halves of {@code /ID} from a hash of the file with its identifier zeroed. */
  private static void fileId(byte[] pdf) {
    List<Range[]> ids = new ArrayList<>();
    for (int at = indexOf(pdf, ID, 0); at >= 0; at = indexOf(pdf, ID, at + 1)) {
      Range[] id = idAt(pdf, at);
      if (id != null) {
        ids.add(id);
        at = id[1].end();
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    // The hash is that of the file with each half written as <0>.
    MessageDigest sha = sha256();
    int copied = 0;
    for (Range[] id : ids) {
      for (Range half : id) {
        sha.update(pdf, copied, half.start() - copied);
        sha.update((byte) '0');
        copied = half.end();
      }
    }
    sha.update(pdf, copied, pdf.length - copied);
    byte[] hex = ascii(HexFormat.of().formatHex(sha.digest()));
    for (Range[] id : ids) {
      for (Range half : id) {
        System.arraycopy(hex, 0, pdf, half.start(), Math.min(hex.length, half.length()));
      }
    }
  }

  /** The two hex strings of {@code /ID [<hex> <hex>]} at {@code at}, or null. */
  private static Range[] idAt(byte[] pdf, int at) {
    int p = skipSpace(pdf, at + ID.length);
    if (p >= pdf.length || pdf[p] != '[') {
      return null;
    }
    Range first = hexString(pdf, skipSpace(pdf, p + 1));
    if (first == null) {
      return null;
    }
    Range second = hexString(pdf, skipSpace(pdf, first.end() + 1));
    if (second == null) {
      return null;
    }
    int close = skipSpace(pdf, second.end() + 1);
    return close < pdf.length && pdf[close] == ']' ? new Range[] {first, second} : null;
  }

  /** The digits of {@code <hex>} at {@code p} (without the brackets), or null. */
  private static Range hexString(byte[] pdf, int p) {
    if (p >= pdf.length || pdf[p] != '<') {
      return null;
    }
    int end = p + 1;
    while (end < pdf.length && Character.digit(pdf[end], 16) >= 0) {
      end++;
    }
    return end > p + 1 && end < pdf.length && pdf[end] == '>' ? new Range(p + 1, end) : null;
  }

  /** Six capital letters from a hash of the font's name and its embedded subset. */
  private static String tag(String fontName, byte[] pdf, Range subset) {
    MessageDigest sha = sha256();
    sha.update(ascii(fontName + "\n"));
    sha.update(pdf, subset.start(), subset.length());
    byte[] h = sha.digest();
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < TAG; i++) {
      tag.append((char) ('A' + (h[i] & 0xff) % 26));
    }
    return tag.toString();
  }

  /** Bytes {@code start} (inclusive) to {@code end} (exclusive) of the file being finished. */
  private record Range(int start, int end) {
    static final Range EMPTY = new Range(0, 0);

    int length() {
      return end - start;
    }
  }

  private static boolean isTag(byte[] pdf, int p) {
    if (p + TAG >= pdf.length || pdf[p + TAG] != '+') {
      return false;
    }
    for (int i = p; i < p + TAG; i++) {
      if (pdf[i] < 'A' || pdf[i] > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** A character of a font name after its tag: anything but a delimiter or white space. */
  private static boolean isNameChar(byte b) {
    return b != '/' && b != '<' && b != '>' && b != '[' && !isSpace(b);
  }

  private static boolean isSpace(byte b) {
    // Java's \s: space, \t, \n, \x0B, \f, \r
    return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static int skipSpace(byte[] pdf, int p) {
    while (p < pdf.length && isSpace(pdf[p])) {
      p++;
    }
    return p;
  }

  /** The first place of {@code key} in {@code pdf} at or after {@code from}, or -1. */
  private static int indexOf(byte[] pdf, byte[] key, int from) {
    byte first = key[0];
    int last = pdf.length - key.length;
    for (int i = Math.max(0, from); i <= last; i++) {
      if (pdf[i] == first && matchesAt(pdf, key, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The last place of {@code key} in {@code pdf} at or before {@code from}, or -1. */
  private static int lastIndexOf(byte[] pdf, byte[] key, int from) {
    for (int i = Math.min(from, pdf.length - key.length); i >= 0; i--) {
      if (pdf[i] == key[0] && matchesAt(pdf, key, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matchesAt(byte[] pdf, byte[] key, int at) {
    for (int k = 1; k < key.length; k++) {
      if (pdf[at + k] != key[k]) {
        return false;
      }
    }
    return true;
  }

  private static String latin1(byte[] pdf, int start, int end) {
    return new String(pdf, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
