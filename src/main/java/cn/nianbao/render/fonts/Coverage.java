package cn.nianbao.render.fonts;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;

/**
 * How much of written Chinese a face covers.
 *
 * @param ideographs CJK unified ideographs it has (basic block and extensions A–G)
 * @param gb2312     GB2312 汉字 it has
 * @param gb2312All  GB2312 汉字 in all (6763)
 */
public record Coverage(int ideographs, int gb2312, int gb2312All) {
  private static final int[] GB2312_HANZI = gb2312Hanzi();
  private static final int[][] IDEOGRAPHS = {
    {0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2EBEF}, {0x30000, 0x3134F}
  };

  /** Counts the face's glyphs. */
  public static Coverage of(Face face) {
    int ideographs = 0;
    for (int[] range : IDEOGRAPHS) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        ideographs += face.has(cp) ? 1 : 0;
      }
    }
    int gb = 0;
    for (int cp : GB2312_HANZI) {
      gb += face.has(cp) ? 1 : 0;
    }
    return new Coverage(ideographs, gb, GB2312_HANZI.length);
  }

  /** True when the face has every GB2312 汉字. */
  public boolean coversGb2312() {
    return gb2312 == gb2312All;
  }

  /** The 6763 汉字 of GB2312: rows 16–87 of the code table, decoded with the JDK's charset. */
  private static int[] gb2312Hanzi() {
    CharsetDecoder decoder = Charset.forName("GB2312").newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    java.util.List<Integer> hanzi = new java.util.ArrayList<>();
    for (int row = 0xB0; row <= 0xF7; row++) {
      for (int cell = 0xA1; cell <= 0xFE; cell++) {
        try {
          String s = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) row, (byte) cell})).toString();
          hanzi.add(s.codePointAt(0));
        } catch (CharacterCodingException e) {
          // unassigned cell (the end of row 55)
        }
      }
    }
    return hanzi.stream().mapToInt(Integer::intValue).toArray();
  }
}
