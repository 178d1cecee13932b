package cn.nianbao.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Finishes a PDF written by OpenPDF where it offers no hook, by overwriting bytes in place with
 * bytes of the same length (so every offset in the cross-reference table stays right):
 *
 * <ul>
 *   <li>each font's random subset tag ({@code ABCDEF+}) becomes six letters derived from the
 *       embedded subset, i.e. from the font and the glyphs used (fonts of OpenPDF's own subsets;
 *       nianbao's compact fonts are written with such tags, in object streams when every font
 *       of the document is compact);
 *   <li>{@code /CIDSet} entries are blanked out: OpenPDF's CIDSets are incomplete, and PDF/A-2
 *       allows none;
 *   <li>the file identifier {@code /ID} becomes a hash of the rest of the file instead of one
 *       made from the clock.
 * </ul>
 *
 * <p>Every report of a batch passes through here. One walk through the file finds where the keys
 * are ({@link Places}); a pattern is only tried at those places, on a Latin-1 view of the file
 * (ISO-8859-1 maps every byte to one char); the changes are written into the bytes (copying the
 * file into strings and back for each change cost a tenth of a report's time).
 */
final class PdfBytes {
  private static final Pattern FONT_NAME = Pattern.compile("/FontName\\s*/([A-Z]{6})\\+([^/\\s<>\\[]*)");
  private static final Pattern FONT_FILE = Pattern.compile("/FontFile[23]?\\s+(\\d+)\\s+0\\s+R");
  private static final Pattern CID_SET = Pattern.compile("/CIDSet\\s+\\d+\\s+0\\s+R");
  private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]");
  private static final int TAG = 6;
  private static final byte[] FONT_NAME_KEY = latin1("/FontName");
  private static final byte[] CID_SET_KEY = latin1("/CIDSet");
  private static final byte[] ID_KEY = latin1("/ID");
  private static final byte[] OBJ_HEADER = latin1(" 0 obj");
  private static final byte[] END_STREAM = latin1("endstream");
  private static final byte[] STREAM = latin1("stream");
  private static final byte[] LENGTH_KEY = latin1("/Length");

  private PdfBytes() {}

  /** The finished file: {@code pdf} itself, changed in place. */
  static byte[] finish(byte[] pdf) {
    String view = new String(pdf, StandardCharsets.ISO_8859_1); // searched; never changed
    Places places = Places.of(pdf);
    subsetTags(pdf, view, places);
    for (MatchResult m : matches(view, places.cidSets, CID_SET)) {
      Arrays.fill(pdf, m.start(), m.end(), (byte) ' ');
    }
    fileId(pdf, matches(view, places.ids, ID), places.streams);
    return pdf;
  }

  /**
   * Where the keys this pass looks for are, found in one walk through the file that steps over
   * each stream's data by its {@code /Length}: under the quick compiler a search is a plain loop,
   * and the font programs are nine tenths of the file (a dozen searches through them cost a fifth
   * of a batch's time; one walk through them, still a twentieth of a PDF's).
   */
  private record Places(List<Integer> fontNames, List<Integer> cidSets, List<Integer> ids,
      List<Integer> tags, Map<String, Integer> objects, List<Integer> endStreams,
      List<int[]> streams) {
    static Places of(byte[] pdf) {
      Places p = new Places(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>(), new HashMap<>(), new ArrayList<>(), new ArrayList<>());
      int length = -1; // the last direct /Length seen: the next stream's data is skipped
      for (int i = 0; i < pdf.length; i++) {
        byte b = pdf[i];
        if (b == '/') {
          if (isKey(pdf, i, LENGTH_KEY)) {
            length = directLength(pdf, i + LENGTH_KEY.length);
          }
          p.slash(pdf, i);
        } else if (b == 's' && length >= 0 && isStreamKeyword(pdf, i)) {
          int data = dataStart(pdf, i + STREAM.length);
          p.streams.add(new int[] {data, Math.min(pdf.length, data + length)});
          i = data + length - 1;
          length = -1;
        } else if (b == 'e' && startsWith(pdf, i, END_STREAM)) {
          p.endStreams.add(i);
        } else if ((b == '\n' || b == '\r') && i + 1 < pdf.length && isDigit(pdf[i + 1])) {
          p.header(pdf, i + 1);
        }
      }
      return p;
    }

    private void slash(byte[] pdf, int i) {
      if (startsWith(pdf, i, FONT_NAME_KEY)) {
        fontNames.add(i);
      } else if (startsWith(pdf, i, CID_SET_KEY)) {
        cidSets.add(i);
      } else if (startsWith(pdf, i, ID_KEY)) {
        ids.add(i);
      }
      if (isTag(pdf, i + 1)) {
        tags.add(i);
      }
    }

    /** {@code key} at {@code at}, and not the start of a longer name ({@code /Length1}). */
    private static boolean isKey(byte[] pdf, int at, byte[] key) {
      int after = at + key.length;
      return startsWith(pdf, at, key)
          && (after >= pdf.length || !Character.isLetterOrDigit(pdf[after]));
    }

    /**
     * The number after {@code /Length} (whose end is at {@code at}), or -1 when the value is a
     * reference ({@code 12 0 R}).
     */
    private static int directLength(byte[] pdf, int at) {
      int i = at;
      while (i < pdf.length && pdf[i] == ' ') {
        i++;
      }
      int digits = i;
      long n = 0;
      while (i < pdf.length && isDigit(pdf[i]) && n <= Integer.MAX_VALUE) {
        n = n * 10 + pdf[i++] - '0';
      }
      if (i == digits || n > Integer.MAX_VALUE) {
        return -1;
      }
      int next = i;
      while (next < pdf.length && pdf[next] == ' ') {
        next++;
      }
      return next < pdf.length && isDigit(pdf[next]) ? -1 : (int) n;
    }

    /** "stream" after a dictionary's {@code >>} and before an end of line. */
    private static boolean isStreamKeyword(byte[] pdf, int i) {
      int after = i + STREAM.length;
      return i > 0 && (pdf[i - 1] == '>' || pdf[i - 1] == '\n' || pdf[i - 1] == ' ')
          && startsWith(pdf, i, STREAM) && after < pdf.length
          && (pdf[after] == '\n' || pdf[after] == '\r');
    }

    /** Where a stream's data starts: after the end of line that follows the keyword. */
    private static int dataStart(byte[] pdf, int afterKeyword) {
      int i = afterKeyword;
      if (i < pdf.length && pdf[i] == '\r') {
        i++;
      }
      return i < pdf.length && pdf[i] == '\n' ? i + 1 : i;
    }

    /** An object's header "N 0 obj" at the start of a line: the first one of each number. */
    private void header(byte[] pdf, int at) {
      int end = at;
      while (end < pdf.length && isDigit(pdf[end])) {
        end++;
      }
      if (startsWith(pdf, end, OBJ_HEADER)) {
        objects.putIfAbsent(new String(pdf, at, end - at, StandardCharsets.ISO_8859_1), at);
      }
    }

    /** The first "endstream" at or after {@code from}, or -1. */
    int endStream(int from) {
      int i = Collections.binarySearch(endStreams, from);
      i = i >= 0 ? i : -i - 1;
      return i < endStreams.size() ? endStreams.get(i) : -1;
    }
  }

  /**
   * Replaces the tags of fonts whose dictionaries are in the file's body (not in an object
   * stream, where nianbao's own fonts put tags derived from their programs themselves).
   */
  private static void subsetTags(byte[] pdf, String view, Places places) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (MatchResult name : matches(view, places.fontNames, FONT_NAME)) {
      // The font descriptor is the object around /FontName; it may hold nested dictionaries.
      int start = Math.max(0, view.lastIndexOf(" obj", name.start()));
      int end = view.indexOf("endobj", name.end());
      Matcher file = FONT_FILE.matcher(view).region(start, end < 0 ? view.length() : end);
      int[] subset = file.find() ? stream(view, places, file.group(1)) : new int[] {0, 0};
      tags.putIfAbsent(name.group(1) + "+" + name.group(2), tag(name.group(2), pdf, subset));
    }
    // Fonts may share a placeholder tag: each tagged name is replaced, longest names first, so
    // that "TAG+Song" cannot take the place of "TAG+Song-Bold" (a place is replaced once).
    List<Map.Entry<String, String>> byLength = new ArrayList<>(tags.entrySet());
    byLength.sort(Comparator.comparingInt((Map.Entry<String, String> t) -> -t.getKey().length()));
    Set<Integer> replaced = new HashSet<>();
    for (Map.Entry<String, String> t : byLength) {
      String key = "/" + t.getKey();
      byte[] tag = latin1(t.getValue());
      for (int at : places.tags) {
        if (view.startsWith(key, at) && replaced.add(at)) {
          System.arraycopy(tag, 0, pdf, at + 1, TAG);
        }
      }
    }
  }

  /** The matches of {@code pattern} tried at each of {@code places} (in file order). */
  private static List<MatchResult> matches(String s, List<Integer> places, Pattern pattern) {
    List<MatchResult> found = new ArrayList<>();
    Matcher m = pattern.matcher(s);
    int end = 0;
    for (int at : places) {
      if (at >= end && m.region(at, s.length()).lookingAt()) {
        found.add(m.toMatchResult());
        end = m.end();
      }
    }
    return found;
  }

  /** Where object {@code number}'s stream bytes are ({start, end}), or {0, 0}. */
  private static int[] stream(String s, Places places, String number) {
    Integer at = places.objects.get(number);
    if (at == null) {
      return new int[] {0, 0};
    }
    int start = s.indexOf("stream", at + number.length() + OBJ_HEADER.length);
    int end = start < 0 ? -1 : places.endStream(start + 6);
    return end < 0 ? new int[] {0, 0} : new int[] {start + 6, end};
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

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean startsWith(byte[] pdf, int at, byte[] key) {
    if (at + key.length > pdf.length) {
      return false;
    }
    for (int k = 0; k < key.length; k++) {
      if (pdf[at + k] != key[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Six capital letters from a checksum of the font's name and its embedded subset. A checksum is
   * enough (the tag must tell the subsets of one file apart) and the runtime computes CRC-32 at
   * memory speed under the quick compiler too, where SHA-256 of every font program (which the
   * quick compiler runs as plain code) took a third of a batch's time.
   */
  private static String tag(String fontName, byte[] pdf, int[] subset) {
    CRC32 crc = new CRC32();
    crc.update(latin1(fontName + "\n"));
    crc.update(pdf, subset[0], subset[1] - subset[0]);
    long value = crc.getValue();
    char[] tag = new char[TAG];
    for (int i = TAG - 1; i >= 0; i--) {
      tag[i] = (char) ('A' + value % 26);
      value /= 26;
    }
    return new String(tag);
  }

  /**
   * Both halves of {@code /ID} from a SHA-256 of the file (as changed so far) with each half
   * written as {@code <0>} and the data of each stream whose length is written directly standing
   * for itself by its CRC-32 and length: the font programs are nine tenths of the file, and
   * the runtime computes CRC-32 at memory speed where the quick compiler's SHA-256 is slow.
   */
  private static void fileId(byte[] pdf, List<MatchResult> ids, List<int[]> streams) {
    if (ids.isEmpty()) {
      return;
    }
    // {start, end, 1 for an /ID half or 0 for a font program}, in file order
    List<int[]> skipped = new ArrayList<>();
    for (int[] p : streams) {
      skipped.add(new int[] {p[0], p[1], 0});
    }
    for (MatchResult id : ids) {
      skipped.add(new int[] {id.start(1), id.end(1), 1});
      skipped.add(new int[] {id.start(2), id.end(2), 1});
    }
    skipped.sort(Comparator.comparingInt(r -> r[0]));
    MessageDigest sha = sha256();
    int copied = 0;
    for (int[] r : skipped) {
      if (r[0] < copied) {
        continue; // inside a range already skipped
      }
      sha.update(pdf, copied, r[0] - copied);
      if (r[2] == 1) {
        sha.update((byte) '0');
      } else {
        CRC32 crc = new CRC32();
        crc.update(pdf, r[0], r[1] - r[0]);
        sha.update(ByteBuffer.allocate(Long.BYTES * 2).putLong(crc.getValue())
            .putLong(r[1] - r[0]).array());
      }
      copied = r[1];
    }
    sha.update(pdf, copied, pdf.length - copied);
    byte[] hex = latin1(HexFormat.of().formatHex(sha.digest()));
    for (MatchResult id : ids) {
      for (int half = 1; half <= 2; half++) {
        int length = id.end(half) - id.start(half);
        System.arraycopy(hex, 0, pdf, id.start(half), Math.min(hex.length, length));
      }
    }
  }

  private static byte[] latin1(String s) {
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
