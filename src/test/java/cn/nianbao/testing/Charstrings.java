package cn.nianbao.testing;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.cff.CharStringCommand;
import org.apache.fontbox.cff.CharStringCommand.Type2KeyWord;
import org.apache.fontbox.cff.Type2CharString;
import org.apache.fontbox.cff.Type2CharStringParser;

/** Type 2 charstrings as FontBox reads them: a glyph's outline, the hint operators used. */
public final class Charstrings {
  private static final List<Type2KeyWord> HINTS = List.of(Type2KeyWord.HSTEM,
      Type2KeyWord.VSTEM, Type2KeyWord.HSTEMHM, Type2KeyWord.VSTEMHM, Type2KeyWord.HINTMASK,
      Type2KeyWord.CNTRMASK);
  /** Points per path segment type: moveto, lineto, quadto, cubicto, close. */
  private static final int[] POINTS = {1, 1, 2, 3, 0};

  private Charstrings() {}

  /** The glyph's path as text: one line per segment, its type and exact coordinates. */
  public static String outline(Type2CharString glyph) {
    StringBuilder s = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      s.append(type);
      for (int i = 0; i < 2 * POINTS[type]; i++) {
        s.append(' ').append(c[i]);
      }
      s.append('\n');
    }
    return s.toString();
  }

  /** The number of hint operators in a charstring of a font without subroutines. */
  public static long hintOperators(byte[] charString) {
    try {
      List<Object> sequence = new Type2CharStringParser("test")
          .parse(charString, new byte[0][], new byte[0][], "glyph");
      return sequence.stream()
          .filter(o -> o instanceof CharStringCommand c && HINTS.contains(c.getType2KeyWord()))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
