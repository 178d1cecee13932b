package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Table-3-like table starts on page 2 and ends on page 3, inside its 20-row label span.
 */
class PdfTablePageBreakTest {
  private final byte[] pdf = Rendered.pdf(SampleDocuments.longReport(), "long");
  private final List<String> pages = PdfReading.pageTexts(pdf).stream()
      .map(t -> t.replaceAll("\\s", "")).toList();

  @Test
  void tableCrossesAPageBreak() {
    assertTrue(pages.size() >= 2, "pages: " + pages.size());
    assertTrue(pages.get(1).contains("1.属于国家秘密"), pages.get(1));
    assertTrue(pages.get(2).contains("（七）总计"), pages.get(2));
  }

  @Test
  void headerRowsRepeatOnEachPageOfTheTable() {
    for (int page : List.of(2, 3)) {
      String text = pages.get(page - 1);
      assertTrue(text.contains("申请人情况"), text);
      assertTrue(text.contains("法人或其他组织"), text);
      assertTrue(text.contains("（本列数据的勾稽关系为："), text);
    }
  }

  @Test
  void everyBodyRowIsPrintedExactlyOnceAndNoRowIsSplit() {
    String all = String.join("", pages);
    for (String label : List.of("一、本年新收政府信息公开申请数量", "（一）予以公开", "7.属于行政执法案卷",
        "6.属于四类过程性信息", "（七）总计", "四、结转下年度继续办理")) {
      assertEquals(1, count(all, label), label);
    }
    // a two-line cell stays together: both halves on the same page (the row's numbers, centred
    // between the cell's two lines, are read between them)
    long pagesWithWholeRow = pages.stream()
        .filter(p -> p.replaceAll("\\d", "").contains(".属于三类内部事务信息")).count();
    assertEquals(1, pagesWithWholeRow, "row 5 is printed whole on one page");
  }

  @Test
  void labelOfARowGroupCutByThePageBreakIsRepeatedOnTheContinuationPage() {
    assertFalse(PdfReading.positionsOf(pdf, 2, SampleDocuments.LABEL).isEmpty());
    assertFalse(PdfReading.positionsOf(pdf, 3, SampleDocuments.LABEL).isEmpty());
  }

  private static int count(String text, String part) {
    return (int) IntStream.range(0, text.length()).filter(i -> text.startsWith(part, i)).count();
  }
}
