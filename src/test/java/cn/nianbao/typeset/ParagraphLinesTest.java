package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body line breaker on plain advances: 禁则, words whole, closing marks squeezed or pushed. */
class ParagraphLinesTest {
  @Test
  void breakerKeepsNumbersAndLatinWordsWholeAndPushesClosingMarksDown() {
    String text = "一二三四五六七八，九十" + "2021年" + "qshexample2021x";
    float[] advance = new float[text.length()];
    for (int i = 0; i < advance.length; i++) {
      advance[i] = text.charAt(i) < 0x80 ? 1 : 2;
    }
    // "，" may not start line 2 and cannot be squeezed in, so 八 moves down with it; the word
    // is not split.
    assertEquals(List.of(7, 16, 31), lines(text, advance, 16, 0));
    // with room to squeeze, "，" stays at the end of line 1
    assertEquals(List.of(9, 16, 31), lines(text, advance, 16, 2));
    for (float width = 16; width <= 30; width++) { // the word fits on a line
      List<Integer> ends = lines(text, advance, width, 2);
      for (int end : ends.subList(0, ends.size() - 1)) {
        assertTrue(LineBreaks.canBreakBefore(text, end), "break at " + end + " in " + ends);
        assertTrue(text.charAt(end - 1) > 0x80 || text.charAt(end) > 0x80,
            "word split at " + end + " in " + ends);
      }
    }
  }

  private static List<Integer> lines(String text, float[] advance, float width, float squeeze) {
    return new ArrayList<>(ParagraphLines.breaks(text, Arrays.copyOf(advance, advance.length),
        width, width, squeeze, null));
  }
}
