package cn.nianbao.render.fonts.ttf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/**
 * Puts tables together into a font file: the table directory sorted by tag with its binary-search
 * fields, each table on a 4-byte boundary with its checksum, and the head table's whole-file
 * checksum adjustment, as readers that check fonts (and PDF validators) expect.
 */
final class SfntWriter {
  private static final int TRUETYPE = 0x00010000;
  private static final int HEAD_ADJUSTMENT = 8;
  /** The whole-file checksum plus head's adjustment is this constant (OpenType spec, 'head'). */
  private static final int CHECKSUM_MAGIC = 0xB1B0AFBA;

  private SfntWriter() {}

  /**
   * The font of these tables, by tag in tag order; head's {@code checkSumAdjustment} is set here
   * (the given head is changed).
   */
  static byte[] write(SortedMap<String, byte[]> tables) {
    int count = tables.size();
    int size = 12 + 16 * count;
    for (byte[] t : tables.values()) {
      size += padded(t.length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int power = Integer.highestOneBit(count);
    out.putInt(TRUETYPE).putShort((short) count).putShort((short) (16 * power))
        .putShort((short) Integer.numberOfTrailingZeros(power))
        .putShort((short) (16 * (count - power)));
    int at = 12 + 16 * count;
    int head = -1;
    for (Map.Entry<String, byte[]> e : tables.entrySet()) {
      byte[] t = e.getValue();
      if (e.getKey().equals("head")) {
        ByteBuffer.wrap(t).putInt(HEAD_ADJUSTMENT, 0);
        head = at;
      }
      out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(checksum(t, 0, t.length))
          .putInt(at).putInt(t.length);
      out.put(at, t);
      at += padded(t.length);
    }
    if (head >= 0) {
      byte[] font = out.array();
      out.putInt(head + HEAD_ADJUSTMENT, CHECKSUM_MAGIC - checksum(font, 0, font.length));
    }
    return out.array();
  }

  /** The sum of the big-endian 32-bit words of {@code [from, to)}, zero-padded to a whole word. */
  static int checksum(byte[] data, int from, int to) {
    int sum = 0;
    for (int i = from; i < to; i += 4) {
      int word = 0;
      for (int k = 0; k < 4; k++) {
        word = (word << 8) | (i + k < to ? data[i + k] & 0xFF : 0);
      }
      sum += word;
    }
    return sum;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }
}
