package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Title;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GB/T 9704 §7.3.1: a title that wraps keeps word units whole and its lines balanced. */
class TitleLinesTest {
  /** 156 mm of 22 pt characters. */
  private static final double LINE = 20;

  @Test
  void exampleTitlesBreakAfterTheYearIntoTwoNearlyEqualLines() {
    assertEquals(List.of("寒葱沟镇人民政府2020年", "政府信息公开工作年度报告"),
        TitleLines.wrap("寒葱沟镇人民政府2020年政府信息公开工作年度报告", LINE));
    assertEquals(List.of("示例市清水河街道办事处2021年", "政府信息公开工作年度报告"),
        TitleLines.wrap("示例市清水河街道办事处2021年政府信息公开工作年度报告", LINE));
  }

  @Test
  void longOrganizationNameBreaksAfterTheNameWhenThatBalancesBetter() {
    assertEquals(List.of("中华人民共和国国家发展和改革委员会", "2021年政府信息公开工作年度报告"),
        TitleLines.wrap("中华人民共和国国家发展和改革委员会2021年政府信息公开工作年度报告", LINE));
  }

  @Test
  void shortTitleStaysOnOneLine() {
    assertEquals(List.of("某局2021年政府信息公开工作年度报告"),
        TitleLines.wrap("某局2021年政府信息公开工作年度报告", LINE));
  }

  @Test
  void forcedBreaksAreKeptAsGiven() {
    assertEquals(List.of("某某市人民政府办公室", "2020年政府信息公开工作年度报告"),
        TitleLines.wrap("某某市人民政府办公室\n2020年政府信息公开工作年度报告", LINE));
  }

  @Test
  void veryLongTitleTakesThreeBalancedLinesThatEachFit() {
    String title = "中国共产党某某省某某市某某区委员会办公室某某省某某市某某区人民政府办公室"
        + "2021年政府信息公开工作年度报告";
    List<String> lines = TitleLines.wrap(title, LINE);
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(title, String.join("", lines));
    double min = Double.MAX_VALUE;
    double max = 0;
    for (String line : lines) {
      double w = TitleLines.width(line, 0, line.length());
      assertTrue(w <= LINE, line);
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    assertTrue(max - min <= 4, "unbalanced: " + lines);
  }

  @Test
  void neverSplitsANumberOrPutsPunctuationAtTheWrongEndOfALine() {
    for (double width = 6; width <= 20; width++) {
      for (String line : TitleLines.wrap("某某县（市）人民政府办公室2021年政府信息公开工作年度报告", width)) {
        assertTrue(!line.startsWith("）") && !line.endsWith("（"), line);
        assertTrue(!line.matches("^\\d.*") || line.matches("^2021.*"), line);
        assertTrue(!line.matches(".*\\d$"), line);
      }
    }
  }

  @Test
  void titleOnTheStandardPageWrapsAtTwentyCharacters() {
    assertEquals(List.of("示例市清水河街道办事处2021年", "政府信息公开工作年度报告"),
        TitleLines.of(new Title("示例市清水河街道办事处2021年政府信息公开工作年度报告"), PageSetup.GB_T_9704));
  }
}
