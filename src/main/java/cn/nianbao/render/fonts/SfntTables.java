package cn.nianbao.render.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The few tables of an OpenType/TrueType face that layout needs, read straight from the file's
 * bytes: the table directory, {@code head} (units per em), {@code hhea}/{@code hmtx} (advances),
 * the Unicode {@code cmap} (format 12, else 4), {@code name} (the PostScript name) and the
 * {@code OS/2} embedding bits. Glyph outlines (the CFF table alone is most of a CJK font) are
 * never touched. Look-ups read the buffer on demand, so opening a face costs a few hundred bytes
 * of parsing. Immutable and thread-safe (every read is absolute).
 */
final class SfntTables {
  /** OS/2 fsType bit 1: restricted licence, the font may not be embedded. */
  private static final int RESTRICTED = 0x0002;

  private final ByteBuffer font;
  private final Map<String, Integer> tables;
  private final int unitsPerEm;
  private final int hmtx;
  private final int longMetrics;
  private final int cmap;
  private final int cmapFormat;
  private final String postscriptName;

  private SfntTables(ByteBuffer font, int face) throws IOException {
    this.font = font;
    this.tables = directory(font, face);
    unitsPerEm = u16(table("head") + 18);
    longMetrics = u16(table("hhea") + 34);
    hmtx = table("hmtx");
    int[] sub = unicodeCmap(table("cmap"));
    cmap = sub[0];
    cmapFormat = sub[1];
    postscriptName = postscriptName(table("name"));
    if (unitsPerEm == 0 || longMetrics == 0) {
      throw new IOException("bad head or hhea table");
    }
  }

  /**
   * Reads the face whose table directory starts at {@code face} (0 for a single font file).
   *
   * @throws IOException when the face lacks a table layout needs or is malformed
   */
  static SfntTables read(ByteBuffer font, int face) throws IOException {
    try {
      return new SfntTables(font, face);
    } catch (IndexOutOfBoundsException e) {
      throw new IOException("font table outside the file", e);
    }
  }

  String postscriptName() {
    return postscriptName;
  }

  int unitsPerEm() {
    return unitsPerEm;
  }

  /** True when the font outlines are CFF (an OpenType {@code CFF } table). */
  boolean cff() {
    return tables.containsKey("CFF ");
  }

  /** True when the licence bits of {@code OS/2} forbid embedding. */
  boolean restricted() {
    Integer os2 = tables.get("OS/2");
    return os2 != null && (u16(os2 + 8) & RESTRICTED) != 0;
  }

  /** The glyph of a character, 0 when the face has none. */
  int glyphId(int codePoint) {
    return cmapFormat == 12 ? format12(codePoint) : format4(codePoint);
  }

  /** The advance of a glyph in font units. */
  int advance(int glyph) {
    int i = Math.min(glyph, longMetrics - 1);
    return u16(hmtx + 4 * i);
  }

  private static Map<String, Integer> directory(ByteBuffer font, int face) {
    int count = u16(font, face + 4);
    Map<String, Integer> tables = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int rec = face + 12 + 16 * i;
      byte[] tag = new byte[4];
      font.get(rec, tag);
      tables.put(new String(tag, StandardCharsets.ISO_8859_1), font.getInt(rec + 8));
    }
    return tables;
  }

  private int table(String tag) throws IOException {
    Integer at = tables.get(tag);
    if (at == null) {
      throw new IOException("no " + tag + " table");
    }
    return at;
  }

  /** The best Unicode subtable: {offset, format}; full-repertoire (format 12) first. */
  private int[] unicodeCmap(int cmap) throws IOException {
    int count = u16(cmap + 2);
    int best = -1;
    int bestFormat = 0;
    for (int i = 0; i < count; i++) {
      int rec = cmap + 4 + 8 * i;
      int platform = u16(rec);
      int encoding = u16(rec + 2);
      int sub = cmap + font.getInt(rec + 4);
      int format = u16(sub);
      boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
      if (unicode && (format == 12 || format == 4 && bestFormat != 12)) {
        best = sub;
        bestFormat = format;
      }
    }
    if (best < 0) {
      throw new IOException("no Unicode cmap");
    }
    return new int[] {best, bestFormat};
  }

  private int format4(int c) {
    if (c > 0xFFFF) {
      return 0;
    }
    int segments = u16(cmap + 6) / 2;
    int ends = cmap + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int rangeOffsets = deltas + 2 * segments;
    int lo = 0;
    int hi = segments - 1;
    while (lo < hi) { // the first segment whose end is >= c
      int mid = (lo + hi) >>> 1;
      if (u16(ends + 2 * mid) < c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int start = u16(starts + 2 * lo);
    if (c < start || c > u16(ends + 2 * lo)) {
      return 0;
    }
    int delta = u16(deltas + 2 * lo);
    int rangeOffset = u16(rangeOffsets + 2 * lo);
    if (rangeOffset == 0) {
      return (c + delta) & 0xFFFF;
    }
    int glyph = u16(rangeOffsets + 2 * lo + rangeOffset + 2 * (c - start));
    return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
  }

  private int format12(int c) {
    int groups = font.getInt(cmap + 12);
    int lo = 0;
    int hi = groups - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int g = cmap + 16 + 12 * mid;
      if (c < font.getInt(g)) {
        hi = mid - 1;
      } else if (c > font.getInt(g + 4)) {
        lo = mid + 1;
      } else {
        return font.getInt(g + 8) + c - font.getInt(g);
      }
    }
    return 0;
  }

  /** nameID 6, from the Windows Unicode record, else the Macintosh Roman one. */
  private String postscriptName(int name) throws IOException {
    int count = u16(name + 2);
    int strings = name + u16(name + 4);
    String mac = null;
    for (int i = 0; i < count; i++) {
      int rec = name + 6 + 12 * i;
      if (u16(rec + 6) != 6) {
        continue;
      }
      byte[] bytes = new byte[u16(rec + 8)];
      font.get(strings + u16(rec + 10), bytes);
      int platform = u16(rec);
      if (platform == 3 || platform == 0) {
        return new String(bytes, StandardCharsets.UTF_16BE);
      }
      if (platform == 1) {
        mac = new String(bytes, StandardCharsets.ISO_8859_1);
      }
    }
    if (mac == null) {
      throw new IOException("no PostScript name");
    }
    return mac;
  }

  private int u16(int at) {
    return u16(font, at);
  }

  private static int u16(ByteBuffer b, int at) {
    return b.getShort(at) & 0xFFFF;
  }
}
