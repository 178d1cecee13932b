package cn.nianbao.render.fonts.ttf;

import cn.nianbao.render.fonts.cff.SfntDirectory;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A TrueType font (outlines in a {@code glyf} table) read once for writing subsets: its table
 * directory, glyph locations and metric count. The file is kept and read again, with absolute gets
 * only, by each {@link #subset}, so one instance serves every document and thread.
 */
public final class GlyfFont {
  /** Copied whole: the hinting programs and their data, which the kept glyphs' hints call. */
  private static final List<String> HINTING = List.of("cvt ", "fpgm", "prep");
  private static final int HEAD_LOCA_FORMAT = 50;
  private static final int HHEA_METRIC_COUNT = 34;
  private static final int MAXP_GLYPH_COUNT = 4;
  // composite glyph component flags (OpenType 'glyf')
  private static final int ARGS_ARE_WORDS = 0x0001;
  private static final int SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int XY_SCALE = 0x0040;
  private static final int TWO_BY_TWO = 0x0080;

  private final ByteBuffer file;
  private final SfntDirectory dir;
  private final int glyphCount;
  /** Glyph g's outline is {@code [loca[g], loca[g + 1])} within the glyf table. */
  private final int[] loca;
  private final int glyf;
  private final int hmtx;
  private final int metricCount;

  private GlyfFont(ByteBuffer file) {
    this.file = file;
    dir = SfntDirectory.read(file, 0);
    glyphCount = u16(dir.offset("maxp") + MAXP_GLYPH_COUNT);
    glyf = dir.offset("glyf");
    hmtx = dir.offset("hmtx");
    metricCount = u16(dir.offset("hhea") + HHEA_METRIC_COUNT);
    if (metricCount < 1 || metricCount > glyphCount
        || dir.length("hmtx") < 4 * metricCount + 2 * (glyphCount - metricCount)) {
      throw new IllegalArgumentException("Broken hmtx table");
    }
    loca = readLoca(file.getShort(dir.offset("head") + HEAD_LOCA_FORMAT) != 0);
  }

  private int[] readLoca(boolean long32) {
    int at = dir.offset("loca");
    if (dir.length("loca") < (glyphCount + 1) * (long32 ? 4 : 2)) {
      throw new IllegalArgumentException("Broken loca table");
    }
    int[] offsets = new int[glyphCount + 1];
    for (int g = 0; g <= glyphCount; g++) {
      offsets[g] = long32 ? file.getInt(at + 4 * g) : 2 * u16(at + 2 * g);
      if (offsets[g] < (g == 0 ? 0 : offsets[g - 1]) || offsets[g] > dir.length("glyf")) {
        throw new IllegalArgumentException("Broken loca table at glyph " + g);
      }
    }
    return offsets;
  }

  /**
   * Reads a TrueType font file (one face, starting at 0; big-endian, as a mapped or wrapped file
   * is), which is kept and read later by {@link #subset}.
   *
   * @throws IllegalArgumentException when it is not a TrueType font or its tables are broken
   */
  public static GlyfFont of(ByteBuffer file) {
    return new GlyfFont(file);
  }

  /** True when the file (one face) has TrueType outlines. */
  public static boolean isGlyf(ByteBuffer file) {
    return SfntDirectory.read(file, 0).has("glyf");
  }

  /** The number of glyphs, which every subset keeps as glyph id space. */
  public int glyphCount() {
    return glyphCount;
  }

  /**
   * A TrueType font with the outlines and metrics of just these glyphs, glyph 0 and the components
   * of every kept composite glyph, each under its id here; every other glyph is empty, with zero
   * metrics. Only the tables a PDF reader uses for a CIDFontType2 are written (with the hinting
   * tables, copied).
   *
   * @param glyphs glyph ids of this font
   */
  public byte[] subset(int[] glyphs) {
    BitSet kept = closure(glyphs);
    int[] offsets = new int[glyphCount + 1];
    int size = 0;
    for (int g = 0; g < glyphCount; g++) {
      offsets[g] = size;
      size += kept.get(g) ? padded(loca[g + 1] - loca[g]) : 0;
    }
    offsets[glyphCount] = size;
    ByteBuffer outlines = ByteBuffer.allocate(size);
    for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
      outlines.put(offsets[g], file, glyf + loca[g], loca[g + 1] - loca[g]);
    }
    // Offsets are multiples of 4, so the short format (offset / 2) fits up to 128 KB of outlines.
    boolean long32 = size > 0x1FFFE;
    SortedMap<String, byte[]> tables = new TreeMap<>();
    tables.put("glyf", outlines.array());
    tables.put("loca", loca(offsets, long32));
    int metrics = Math.min(glyphCount, kept.length() + 1);
    tables.put("hmtx", hmtx(kept, metrics));
    ByteBuffer head = ByteBuffer.wrap(copy("head"));
    head.putShort(HEAD_LOCA_FORMAT, (short) (long32 ? 1 : 0));
    tables.put("head", head.array());
    ByteBuffer hhea = ByteBuffer.wrap(copy("hhea"));
    hhea.putShort(HHEA_METRIC_COUNT, (short) metrics);
    tables.put("hhea", hhea.array());
    tables.put("maxp", copy("maxp"));
    for (String tag : HINTING) {
      if (dir.has(tag)) {
        tables.put(tag, copy(tag));
      }
    }
    return SfntWriter.write(tables);
  }

  /**
   * The given glyphs, glyph 0 (.notdef, which readers draw for a missing glyph) and the components
   * of kept composite glyphs, at any depth.
   */
  BitSet closure(int[] glyphs) {
    BitSet kept = new BitSet(glyphCount);
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(0);
    for (int g : glyphs) {
      todo.push(g);
    }
    while (!todo.isEmpty()) {
      int g = todo.pop();
      if (g < 0 || g >= glyphCount) {
        throw new IllegalArgumentException("No glyph " + g + " in a font of " + glyphCount);
      }
      if (!kept.get(g)) {
        kept.set(g);
        components(g, todo);
      }
    }
    return kept;
  }

  private void components(int glyph, Deque<Integer> out) {
    int at = glyf + loca[glyph];
    if (loca[glyph + 1] - loca[glyph] < 10 || file.getShort(at) >= 0) {
      return; // empty or simple
    }
    int p = at + 10;
    int flags;
    do {
      flags = u16(p);
      out.push(u16(p + 2));
      p += 4 + ((flags & ARGS_ARE_WORDS) != 0 ? 4 : 2);
      p += (flags & SCALE) != 0 ? 2 : (flags & XY_SCALE) != 0 ? 4 : (flags & TWO_BY_TWO) != 0 ? 8 : 0;
    } while ((flags & MORE_COMPONENTS) != 0);
  }

  private static byte[] loca(int[] offsets, boolean long32) {
    ByteBuffer out = ByteBuffer.allocate(offsets.length * (long32 ? 4 : 2));
    for (int offset : offsets) {
      if (long32) {
        out.putInt(offset);
      } else {
        out.putShort((short) (offset / 2));
      }
    }
    return out.array();
  }

  /**
   * Metrics of the kept glyphs. Every kept glyph gets a full entry and the entry after the last
   * kept one is zero, so every other glyph's advance is zero too: the table compresses to almost
   * nothing, and PDF readers take widths from the W array anyway.
   */
  private byte[] hmtx(BitSet kept, int metrics) {
    ByteBuffer out = ByteBuffer.allocate(4 * metrics + 2 * (glyphCount - metrics));
    for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
      int last = Math.min(g, metricCount - 1); // glyphs past the last entry share its advance
      out.putShort(4 * g, file.getShort(hmtx + 4 * last));
      out.putShort(4 * g + 2, g < metricCount ? file.getShort(hmtx + 4 * g + 2)
          : file.getShort(hmtx + 4 * metricCount + 2 * (g - metricCount)));
    }
    return out.array();
  }

  private byte[] copy(String tag) {
    byte[] b = new byte[dir.length(tag)];
    file.get(dir.offset(tag), b);
    return b;
  }

  private int u16(int at) {
    return Short.toUnsignedInt(file.getShort(at));
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }
}
