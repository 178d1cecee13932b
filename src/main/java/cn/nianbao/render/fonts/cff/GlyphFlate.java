package cn.nianbao.render.fonts.cff;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The Deflate codes of one font's charstrings, each coded once per process: a report's subset
 * then only strings its glyphs' codes together ({@link FlateSubset}). Searching the same glyphs
 * for matches again in every report took about a quarter of a batch's CPU.
 *
 * <p>Every glyph is coded with one pair of Huffman codes fixed for the font, made from the
 * glyphs at even steps through it (so they depend on the font alone, never on which report came
 * first), and with matches only within the glyph itself. Matches between glyphs are what this
 * gives up: some 3 % of a subset's compressed size.
 */
final class GlyphFlate {
  /**
   * How many glyphs, evenly spread through the font, the codes are made from (for the bundled
   * fonts this was done once and kept: {@link StoredCodes}).
   */
  private static final int SAMPLES = 128;

  private final CffFont font;
  private final DeflateCodes codes;
  private final AtomicReferenceArray<Coded> coded;

  /** A glyph's codes: {@code bits} bits, low bit first. */
  record Coded(byte[] code, int bits) {}

  GlyphFlate(CffFont font) {
    this.font = font;
    this.codes = StoredCodes.of(font).orElseGet(() -> sampled(font));
    this.coded = new AtomicReferenceArray<>(font.glyphCount());
  }

  /** The codes made from the glyphs at even steps through the font. */
  static DeflateCodes sampled(CffFont font) {
    int glyphs = font.glyphCount();
    int[] literals = new int[DeflateCodes.LITERALS];
    int[] distances = new int[DeflateCodes.DISTANCES];
    int step = Math.max(1, glyphs / SAMPLES);
    for (int g = 0; g < glyphs; g += step) {
      for (int t : GlyphMatches.of(font.subsetCharString(g))) {
        if (GlyphMatches.isMatch(t)) {
          literals[DeflateCodes.literalSymbol(t >>> 16)]++;
          distances[DeflateCodes.distanceSymbol(t & 0xFFFF)]++;
        } else {
          literals[t]++;
        }
      }
    }
    return DeflateCodes.of(literals, distances);
  }

  DeflateCodes codes() {
    return codes;
  }

  /** The glyph's charstring ({@link CffFont#subsetCharString}) as Deflate codes. */
  Coded glyph(int glyph) {
    Coded made = coded.get(glyph);
    if (made == null) {
      byte[] charString = font.subsetCharString(glyph);
      BitSink out = new BitSink(charString.length);
      for (int t : GlyphMatches.of(charString)) {
        if (GlyphMatches.isMatch(t)) {
          codes.writeMatch(out, t >>> 16, t & 0xFFFF);
        } else {
          codes.writeLiteral(out, t);
        }
      }
      made = new Coded(out.bits(), (int) out.bitLength());
      coded.set(glyph, made); // two threads may both make it: the same bits
    }
    return made;
  }
}
