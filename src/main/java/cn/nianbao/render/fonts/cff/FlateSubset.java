package cn.nianbao.render.fonts.cff;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * A subset's font program as a zlib stream (RFC 1950; what a PDF's FlateDecode filter reads),
 * made without searching the charstrings again: the bytes before them (header, DICTs, charset,
 * FDSelect, the CharStrings INDEX's offsets) are compressed by zlib and flushed to a byte
 * boundary; the charstrings follow as one Deflate block of their codes made once per process
 * ({@link GlyphFlate}); an empty stored block brings the stream back to a byte boundary, where
 * zlib compresses the rest (FDArray, Private DICTs, local subrs) as the last block; the
 * Adler-32 of the whole program ends the stream.
 */
final class FlateSubset {
  /** Charstrings shorter in all are compressed by zlib with the rest: a block's codes cost more. */
  static final int SMALLEST = 4096;
  private static final byte[] ZLIB_HEADER = {0x78, (byte) 0x9C};
  private static final byte[] EMPTY_STORED_LENGTHS = {0, 0, (byte) 0xFF, (byte) 0xFF};
  /** One raw Deflate stream per thread, reset between uses (setting one up costs as much). */
  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

  private FlateSubset() {}

  /**
   * The zlib stream of the subset's program.
   *
   * @param glyphFlate the font's glyph codes, asked for only when the charstrings are many
   */
  static byte[] zlib(CffSubset subset, byte[] program, Supplier<GlyphFlate> glyphFlate) {
    int from = subset.charStringDataFrom();
    int to = subset.charStringDataTo();
    BitSink out = new BitSink(program.length * 7 / 8);
    out.writeBytes(ZLIB_HEADER, 0, ZLIB_HEADER.length);
    if (to - from < SMALLEST) {
      deflate(out, program, 0, program.length, true);
    } else {
      deflate(out, program, 0, from, false);
      GlyphFlate flate = glyphFlate.get();
      DeflateCodes codes = flate.codes();
      codes.writeHeader(out);
      for (int glyph : subset.glyphs) {
        GlyphFlate.Coded c = flate.glyph(glyph);
        out.write(c.code(), c.bits());
      }
      codes.writeEndOfBlock(out);
      out.write(0, 1); // not the last block
      out.write(0, 2); // stored
      out.align();
      out.writeBytes(EMPTY_STORED_LENGTHS, 0, EMPTY_STORED_LENGTHS.length);
      deflate(out, program, to, program.length, true);
    }
    Adler32 adler = new Adler32();
    adler.update(program);
    int sum = (int) adler.getValue();
    out.writeBytes(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8),
        (byte) sum}, 0, 4);
    return out.bits();
  }

  /**
   * Compresses {@code data[from, to)} as raw Deflate blocks on their own (no match reaches
   * before {@code from}), ending on a byte boundary: finished (the last block) or flushed
   * ({@code SYNC_FLUSH}: blocks to be followed by others).
   */
  private static void deflate(BitSink out, byte[] data, int from, int to, boolean last) {
    Deflater deflater = DEFLATER.get();
    deflater.reset();
    deflater.setInput(data, from, to - from);
    if (last) {
      deflater.finish();
    }
    byte[] buf = new byte[Math.max(64, (to - from) / 2)];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      n += deflater.deflate(buf, n, buf.length - n,
          last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
      if (last ? deflater.finished() : n < buf.length) {
        break;
      }
    }
    out.writeBytes(buf, 0, n);
  }
}
