package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One 禁则 set; addresses and long digit groups may break, words and numbers may not. */
class LineBreaksTest {
  @Test
  void urlsBreakOnlyAfterTheirSeparators() {
    assertEquals(List.of("www.", "shanghai.", "gov.", "cn/", "zwgk/", "index.", "html"),
        pieces("www.shanghai.gov.cn/zwgk/index.html"));
    assertEquals(List.of("https://", "a.", "cn/", "x?", "id=", "7&", "p=", "2"),
        pieces("https://a.cn/x?id=7&p=2"));
  }

  @Test
  void emailBreaksAfterTheAtSignAndDots() {
    assertEquals(List.of("gongkai_", "office@", "example.", "com"),
        pieces("gongkai_office@example.com"));
  }

  @Test
  void longDigitGroupsBreakAtTheHyphenShortNumbersNever() {
    assertEquals(List.of("0451-", "12345678"), pieces("0451-12345678"));
    assertEquals(List.of("12.35"), pieces("12.35"));
    assertEquals(List.of("2021-12"), pieces("2021-12"));
    assertEquals(List.of("91230100MA1B2C3D4E"), pieces("91230100MA1B2C3D4E"));
  }

  @Test
  void closingPunctuationNeverStartsALineOpeningNeverEndsOne() {
    String text = "公开（依申请），完毕。";
    for (int i = 1; i < text.length(); i++) {
      boolean allowed = LineBreaks.canBreakBefore(text, i);
      if (LineBreaks.isClosing(text.charAt(i)) || text.charAt(i - 1) == '（') {
        assertEquals(false, allowed, "before " + i);
      }
    }
  }

  /** The text cut at every allowed break. */
  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (LineBreaks.canBreakBefore(text, i)) {
        out.add(text.substring(start, i));
        start = i;
      }
    }
    return out;
  }
}
