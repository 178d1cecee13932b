package cn.nianbao.render.fonts.cff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A CFF DICT as a list of entries, each an operator with its operands kept as stored (so that an
 * entry can be copied unchanged) and read as numbers (for the offsets a subset must rewrite).
 */
record CffDict(List<Entry> entries) {
  /** Two-byte operators are {@code 12 x}, kept as {@code 1200 + x}. */
  static final int ROS = 1230;
  static final int CID_COUNT = 1234;
  static final int FD_ARRAY = 1236;
  static final int FD_SELECT = 1237;
  static final int CHARSET = 15;
  static final int ENCODING = 16;
  static final int CHAR_STRINGS = 17;
  static final int PRIVATE = 18;
  static final int SUBRS = 19;

  /**
   * One entry.
   *
   * @param op       the operator ({@code 1200 + x} for {@code 12 x})
   * @param raw      operands and operator as stored
   * @param operands the operands as numbers
   */
  record Entry(int op, byte[] raw, double[] operands) {
    int intOperand(int i) {
      return (int) operands[i];
    }
  }

  /** Parses the DICT stored in {@code b[from, to)}. */
  static CffDict read(ByteBuffer b, int from, int to) {
    List<Entry> entries = new ArrayList<>();
    List<Double> operands = new ArrayList<>();
    int start = from;
    int p = from;
    while (p < to) {
      int b0 = b.get(p) & 0xff;
      if (b0 <= 21) {
        int op = b0;
        p++;
        if (b0 == 12) {
          op = 1200 + (b.get(p++) & 0xff);
        }
        double[] nums = operands.stream().mapToDouble(Double::doubleValue).toArray();
        byte[] raw = new byte[p - start];
        b.get(start, raw);
        entries.add(new Entry(op, raw, nums));
        operands.clear();
        start = p;
      } else if (b0 == 28) {
        operands.add((double) (short) CffIndex.u16(b, p + 1));
        p += 3;
      } else if (b0 == 29) {
        operands.add((double) b.getInt(p + 1));
        p += 5;
      } else if (b0 == 30) {
        p = real(b, p + 1, operands);
      } else if (b0 <= 246) {
        operands.add((double) (b0 - 139));
        p++;
      } else if (b0 <= 250) {
        operands.add((double) ((b0 - 247) * 256 + (b.get(p + 1) & 0xff) + 108));
        p += 2;
      } else if (b0 <= 254) {
        operands.add((double) (-(b0 - 251) * 256 - (b.get(p + 1) & 0xff) - 108));
        p += 2;
      } else {
        throw new IllegalArgumentException("Bad CFF DICT byte " + b0 + " at " + p);
      }
    }
    return new CffDict(List.copyOf(entries));
  }

  /** A real number: nibbles up to the terminator 0xf; its value is not needed, only its length. */
  private static int real(ByteBuffer b, int p, List<Double> operands) {
    while (true) {
      int v = b.get(p++) & 0xff;
      if ((v >> 4) == 0xf || (v & 0xf) == 0xf) {
        operands.add(Double.NaN);
        return p;
      }
    }
  }

  /** The entry of an operator, or null. */
  Entry get(int op) {
    for (Entry e : entries) {
      if (e.op() == op) {
        return e;
      }
    }
    return null;
  }

  /** The stored bytes of every entry except those of the given operators. */
  byte[] without(int... ops) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Entry e : entries) {
      if (!contains(ops, e.op())) {
        out.writeBytes(e.raw());
      }
    }
    return out.toByteArray();
  }

  private static boolean contains(int[] ops, int op) {
    for (int o : ops) {
      if (o == op) {
        return true;
      }
    }
    return false;
  }
}
