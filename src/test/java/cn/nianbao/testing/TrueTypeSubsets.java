package cn.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.GlyfCompositeComp;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Checks a TrueType subset against its source font with FontBox, which reads both on its own:
 * the kept glyphs (the used ones, glyph 0 and composite components, found here independently)
 * have the source's outline, advance and side bearing; every other glyph is empty with advance 0;
 * every table checksum and the whole-file checksum are right.
 */
public final class TrueTypeSubsets {
  private TrueTypeSubsets() {}

  /** Reads a TrueType font file. */
  public static TrueTypeFont parse(byte[] file) throws IOException {
    // "embedded": a PDF font program may lack the tables a system font must have (post, name)
    return new TTFParser(true).parse(new RandomAccessReadBuffer(file));
  }

  /** The used glyphs, glyph 0 and the components of composite glyphs among them, recursively. */
  public static Set<Integer> kept(TrueTypeFont source, Set<Integer> used) throws IOException {
    Set<Integer> kept = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>(used);
    todo.add(0);
    while (!todo.isEmpty()) {
      int gid = todo.pop();
      GlyphData g = source.getGlyph().getGlyph(gid);
      if (kept.add(gid) && g != null && g.getDescription() instanceof GlyfCompositeDescript c) {
        c.getComponents().stream().map(GlyfCompositeComp::getGlyphIndex).forEach(todo::push);
      }
    }
    return kept;
  }

  /** Asserts that {@code subset} is {@code source} reduced to the {@code used} glyphs. */
  public static void assertSubset(byte[] source, byte[] subset, Set<Integer> used)
      throws IOException {
    assertChecksums(subset);
    TrueTypeFont from = parse(source);
    TrueTypeFont to = parse(subset);
    Set<Integer> kept = kept(from, used);
    assertEquals(from.getNumberOfGlyphs(), to.getNumberOfGlyphs(), "glyph ids are kept");
    long[] loca = to.getIndexToLocation().getOffsets();
    for (int gid = 0; gid < from.getNumberOfGlyphs(); gid++) {
      int g = gid;
      if (kept.contains(gid)) {
        assertEquals(outline(from, gid), outline(to, gid), () -> "outline of glyph " + g);
        assertEquals(from.getAdvanceWidth(gid), to.getAdvanceWidth(gid), () -> "advance " + g);
        assertEquals(from.getHorizontalMetrics().getLeftSideBearing(gid),
            to.getHorizontalMetrics().getLeftSideBearing(gid), () -> "bearing of " + g);
      } else {
        assertEquals(loca[gid], loca[gid + 1], () -> "glyph " + g + " is not used: empty");
        assertEquals(0, to.getAdvanceWidth(gid), () -> "advance of unused glyph " + g);
      }
    }
  }

  /** The glyph's outline (components resolved) as text: segment types and coordinates. */
  private static String outline(TrueTypeFont font, int gid) throws IOException {
    GlyphData g = font.getGlyph().getGlyph(gid);
    if (g == null) {
      return "none";
    }
    StringBuilder s = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = g.getPath().getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      int coordinates = switch (type) {
        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
        case PathIterator.SEG_QUADTO -> 4;
        case PathIterator.SEG_CUBICTO -> 6;
        default -> 0;
      };
      s.append(type).append(Arrays.toString(Arrays.copyOf(c, coordinates))).append(';');
    }
    return s.toString();
  }

  /** Each table's checksum in the directory, and the file's sum being 0xB1B0AFBA. */
  public static void assertChecksums(byte[] font) {
    ByteBuffer b = ByteBuffer.wrap(font);
    int count = b.getShort(4);
    int power = Integer.highestOneBit(count);
    assertEquals(16 * power, b.getShort(6), "searchRange");
    assertEquals(Integer.numberOfTrailingZeros(power), b.getShort(8), "entrySelector");
    assertEquals(16 * count - 16 * power, b.getShort(10), "rangeShift");
    String previous = "";
    for (int i = 0; i < count; i++) {
      int rec = 12 + 16 * i;
      String tag = new String(font, rec, 4, StandardCharsets.ISO_8859_1);
      assertTrue(tag.compareTo(previous) > 0, "directory sorted by tag");
      previous = tag;
      int at = b.getInt(rec + 8);
      assertEquals(0, at % 4, tag + " on a 4-byte boundary");
      byte[] table = Arrays.copyOfRange(font, at, at + b.getInt(rec + 12));
      if (tag.equals("head")) {
        ByteBuffer.wrap(table).putInt(8, 0);
      }
      assertEquals(sum(table), b.getInt(rec + 4), tag + " checksum");
    }
    assertEquals(0xB1B0AFBA, sum(font), "whole-file checksum");
  }

  private static int sum(byte[] data) {
    ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(data, (data.length + 3) & ~3));
    int sum = 0;
    while (b.hasRemaining()) {
      sum += b.getInt();
    }
    return sum;
  }
}
