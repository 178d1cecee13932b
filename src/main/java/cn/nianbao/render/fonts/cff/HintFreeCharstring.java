package cn.nianbao.render.fonts.cff;

import java.io.ByteArrayOutputStream;

/**
 * A Type 2 charstring (Adobe TN 5177) without its hints: hstem, vstem, hstemhm, vstemhm,
 * hintmask and cntrmask go, with their operands and mask bytes; every other byte is copied as it
 * stands, so numbers keep their encoding and the outline and advance width stay exactly the same.
 * The bundled CJK fonts hint about one stem of a glyph's dozen or more, too few to guide a
 * rasterizer, yet the hints are a tenth of some subsets' bytes.
 *
 * <p>Only self-contained charstrings are rewritten: a call into a subroutine, an arithmetic or
 * storage operator, or anything this reading does not fully account for leaves the charstring
 * as it is, since a hint inside a subroutine, or a mask whose length depends on the caller's
 * stems, cannot be removed from the caller alone.
 */
final class HintFreeCharstring {
  private static final int HSTEM = 1;
  private static final int VSTEM = 3;
  private static final int VMOVETO = 4;
  private static final int ESCAPE = 12;
  private static final int ENDCHAR = 14;
  private static final int HSTEMHM = 18;
  private static final int HINTMASK = 19;
  private static final int CNTRMASK = 20;
  private static final int RMOVETO = 21;
  private static final int HMOVETO = 22;
  private static final int VSTEMHM = 23;
  private static final int SHORTINT = 28;
  /** Path operators, copied as they stand: r/h/vlineto, rrcurveto and 24 to 31 but 28 and 29. */
  private static final long PATH_OPS =
      1L << 5 | 1L << 6 | 1L << 7 | 1L << 8 | 1L << 24 | 1L << 25 | 1L << 26 | 1L << 27
          | 1L << 30 | 1L << 31;
  /** The escaped flex operators hflex, flex, hflex1 and flex1 (12 34 to 12 37). */
  private static final int FIRST_FLEX = 34;
  private static final int LAST_FLEX = 37;

  private final byte[] in;
  private final ByteArrayOutputStream out;
  /** Stems declared so far, including the vstems implied before the first hintmask. */
  private int stems;
  /** True once a stack-clearing operator has been read: only the first may carry a width. */
  private boolean cleared;
  /** True once an operator has been copied. */
  private boolean copied;
  /** Where the width operand of a removed first hint operator lies, or -1. */
  private int widthFrom = -1;
  private int widthTo;

  private HintFreeCharstring(byte[] in) {
    this.in = in;
    this.out = new ByteArrayOutputStream(in.length);
  }

  /**
   * The charstring without hint operators; the given array itself when it has none or when it
   * cannot be rewritten safely (it calls a subroutine, uses an operator outside paths and hints,
   * or is malformed).
   */
  static byte[] of(byte[] charstring) {
    HintFreeCharstring c = new HintFreeCharstring(charstring);
    return c.rewrite() && c.out.size() < charstring.length ? c.out.toByteArray() : charstring;
  }

  /** Reads the whole charstring; false when it must stay as it is. */
  private boolean rewrite() {
    int p = 0;
    int operandsFrom = 0;
    int operands = 0;
    int firstOperandEnd = 0;
    while (p < in.length) {
      int b0 = in[p] & 0xff;
      int size = operandSize(b0);
      if (size > 0) {
        p += size;
        if (++operands == 1) {
          firstOperandEnd = p;
        }
        continue;
      }
      int opEnd = p + (b0 == ESCAPE ? 2 : 1);
      if (opEnd > in.length) {
        return false;
      }
      int op = b0 == ESCAPE ? 1200 + (in[p + 1] & 0xff) : b0;
      Operands o = new Operands(operandsFrom, firstOperandEnd, operands);
      p = step(op, o, opEnd);
      if (p < 0) {
        return false;
      }
      if (op == ENDCHAR) {
        return p == in.length; // nothing may follow endchar
      }
      operandsFrom = p;
      operands = 0;
    }
    return false; // no endchar
  }

  /** The operands before an operator: from where, where the first ends, how many. */
  private record Operands(int from, int firstEnd, int count) {}

  /** Handles one operator ending at {@code opEnd}; where reading goes on, or -1 if unsafe. */
  private int step(int op, Operands o, int opEnd) {
    switch (op) {
      case HSTEM, VSTEM, HSTEMHM, VSTEMHM -> {
        return o.count == 0 || !dropStems(o) ? -1 : opEnd;
      }
      case HINTMASK, CNTRMASK -> {
        if (!dropStems(o)) {
          return -1;
        }
        int maskEnd = opEnd + (stems + 7) / 8;
        return maskEnd <= in.length ? maskEnd : -1;
      }
      case RMOVETO, HMOVETO, VMOVETO, ENDCHAR -> {
        return keep(o, opEnd, widthless(op, o.count));
      }
      default -> {
        boolean path = op < 32 && (PATH_OPS >>> op & 1) == 1;
        boolean flex = op >= 1200 + FIRST_FLEX && op <= 1200 + LAST_FLEX;
        return path || flex ? keep(o, opEnd, false) : -1;
      }
    }
  }

  /**
   * Counts and drops the stem operands of a hint operator; an odd count before the first
   * stack-clearing operator starts with the width, which is kept for the next operator.
   */
  private boolean dropStems(Operands o) {
    int count = o.count;
    if (!cleared && count % 2 == 1) {
      widthFrom = o.from;
      widthTo = o.firstEnd;
      count--;
    }
    cleared = true;
    if (count % 2 == 1) {
      return false;
    }
    stems += count / 2;
    return true;
  }

  /**
   * Copies an operator with its operands. When hints were removed before it, it becomes the
   * first stack-clearing operator, which reads a width from its operand count: so it must be a
   * moveto or endchar without a width of its own, and takes the removed operator's width if any.
   */
  private int keep(Operands o, int opEnd, boolean widthless) {
    if (!copied && cleared) {
      if (!widthless) {
        return -1;
      }
      if (widthFrom >= 0) {
        out.write(in, widthFrom, widthTo - widthFrom);
      }
    }
    copied = true;
    cleared = true;
    out.write(in, o.from, opEnd - o.from);
    return opEnd;
  }

  /** True when a moveto or endchar has the operand count that leaves no width. */
  private static boolean widthless(int op, int count) {
    return switch (op) {
      case RMOVETO -> count == 2;
      case HMOVETO, VMOVETO -> count == 1;
      default -> count == 0 || count == 4; // endchar, or endchar as seac
    };
  }

  /** The size of the operand starting with byte {@code b0}, or 0 if {@code b0} is an operator. */
  private static int operandSize(int b0) {
    if (b0 == SHORTINT) {
      return 3;
    }
    if (b0 < 32) {
      return 0;
    }
    return b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
  }
}
