package cn.nianbao.render.fonts.cff;

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
  public static SfntDirectory read(byte[] font, int offset) {
    if (font.length < offset + 12) {
      throw new IllegalArgumentException("Not a font file: too short");
    }
    int count = CffIndex.u16(font, offset + 4);
    Map<String, int[]> tables = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int rec = offset + 12 + 16 * i;
      String tag = new String(font, rec, 4, StandardCharsets.ISO_8859_1);
      int at = u32(font, rec + 8);
      int length = u32(font, rec + 12);
      if (at < 0 || length < 0 || (long) at + length > font.length) {
        throw new IllegalArgumentException("Font table " + tag + " lies outside the file");
      }
      tables.put(tag, new int[] {at, length});
    }
    return new SfntDirectory(Map.copyOf(tables));
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

  static int u32(byte[] b, int pos) {
    return (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8
        | (b[pos + 3] & 0xff);
  }
}
