package cn.nianbao.render.fonts.cff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The table directory of an OpenType/TrueType font file: where each table lies. Reads 12 + 16
 * bytes per table and nothing else.
 */
public final class SfntDirectory {
  private final Map<String, int[]> tables;

  private SfntDirectory(Map<String, int[]> tables) {
    this.tables = tables;
  }

  /** The directory of the font starting at {@code offset} (0 for a single font file). */
  public static SfntDirectory read(ByteBuffer font, int offset) {
    if (font.limit() < offset + 12) {
      throw new IllegalArgumentException("Not a font file: too short");
    }
    int count = CffIndex.u16(font, offset + 4);
    Map<String, int[]> tables = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int rec = offset + 12 + 16 * i;
      String tag = tag(font, rec);
      int at = font.getInt(rec + 8);
      int length = font.getInt(rec + 12);
      if (at < 0 || length < 0 || (long) at + length > font.limit()) {
        throw new IllegalArgumentException("Font table " + tag + " lies outside the file");
      }
      tables.put(tag, new int[] {at, length});
    }
    return new SfntDirectory(Map.copyOf(tables));
  }

  /**
   * A copy of a font file (one face, starting at 0) without the bytes of one table, whose entry
   * stays in the directory with length 0; every other table is copied unchanged (offsets moved,
   * checksums kept). For a CJK OpenType font without its {@code CFF } table this is ~100 KB of
   * 5–8 MB: the metrics, names and character map a PDF writer reads when it opens the font.
   */
  public static byte[] without(ByteBuffer font, String emptied) {
    int count = CffIndex.u16(font, 4);
    int[][] records = new int[count][];
    int size = 12 + 16 * count;
    for (int i = 0; i < count; i++) {
      int rec = 12 + 16 * i;
      int length = font.getInt(rec + 12);
      boolean kept = !tag(font, rec).equals(emptied);
      records[i] = new int[] {font.getInt(rec + 8), kept ? length : 0};
      size += (records[i][1] + 3) & ~3;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    byte[] head = new byte[12 + 16 * count];
    font.get(0, head);
    out.put(head);
    for (int i = 0; i < count; i++) {
      int rec = 12 + 16 * i;
      out.putInt(rec + 8, out.position());
      out.putInt(rec + 12, records[i][1]);
      byte[] table = new byte[records[i][1]];
      font.get(records[i][0], table);
      out.put(table);
      out.position((out.position() + 3) & ~3);
    }
    return out.array();
  }

  private static String tag(ByteBuffer font, int rec) {
    byte[] name = new byte[4];
    font.get(rec, name);
    return new String(name, StandardCharsets.ISO_8859_1);
  }

  /** True when the font has the table (e.g. {@code "CFF "}). */
  public boolean has(String tag) {
    return tables.containsKey(tag);
  }

  /** Where the table starts in the file. */
  public int offset(String tag) {
    return table(tag)[0];
  }

  /** The table's length in bytes. */
  public int length(String tag) {
    return table(tag)[1];
  }

  private int[] table(String tag) {
    int[] t = tables.get(tag);
    if (t == null) {
      throw new IllegalArgumentException("The font has no " + tag + " table");
    }
    return t;
  }
}
