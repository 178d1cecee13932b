package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.Examples;
import cn.nianbao.testing.PdfReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 2021 example's table 三 crosses a page break: header, rows and group labels survive it. */
class PdfExampleTableAcrossPagesTest {
  private static final String LABEL = "三、本年度办理结果";
  private final byte[] pdf = ExamplePdfs.pdf(Examples.ALL.get(2));
  private final List<String> pages = PdfReading.pageTexts(pdf).stream()
      .map(t -> t.replaceAll("\\s", "")).toList();
  /** The pages (1-based) on which table 三 is printed. */
  private final List<Integer> tablePages = IntStream.rangeClosed(1, pages.size())
      .filter(p -> pages.get(p - 1).contains("申请人情况")).boxed().toList();

  @Test
  void tableThreeSpansTwoPagesWithItsHeaderOnBoth() {
    assertEquals(2, tablePages.size(), "pages with table 三's header: " + tablePages);
    assertEquals(tablePages.get(0) + 1, tablePages.get(1));
    for (int page : tablePages) {
      assertTrue(pages.get(page - 1).contains("（本列数据的勾稽关系为："), "page " + page);
      assertTrue(pages.get(page - 1).contains("法人或其他组织"), "page " + page);
    }
  }

  @Test
  void resultsLabelIsVisibleOnBothPagesOfTheTable() {
    for (int page : tablePages) {
      assertTrue(!PdfReading.positionsOf(pdf, page, LABEL).isEmpty()
          || verticalLabelOn(page), "三、本年度办理结果 missing on page " + page);
    }
  }

  @Test
  void groupCutByThePageBreakShowsItsLabelOnBothPages() {
    Map<String, List<String>> groups = Map.of(
        "（三）不予公", List.of("1.属于国家秘密", "8.属于行政查询事项"),
        "（四）无法提", List.of("1.本机关不掌握", "3.补正后申请内容"),
        "（五）不予处", List.of("1.信访举报投诉类申请", "5.要求行政机关确认"),
        "（六）其他处", List.of("1.申请人无正当理由", "3.其他"));
    int cut = 0;
    for (var group : groups.entrySet()) {
      int first = pageOf(group.getValue().get(0));
      int last = pageOf(group.getValue().get(1));
      if (first != last) {
        cut++;
        for (int page : List.of(first, last)) {
          assertTrue(pages.get(page - 1).contains(group.getKey()),
              group.getKey() + " missing on page " + page);
        }
      }
    }
    assertTrue(cut <= 1, "groups cut by the page break: " + cut);
  }

  @Test
  void everyRowIsPrintedOnceAndWhole() {
    // Rows are found by the start of their label: extraction interleaves a wrapped label's second
    // line with a group label centred beside it.
    String all = String.join("", pages);
    for (String row : List.of("一、本年新收政府信息公开申请数量", "（一）予以公开", "1.属于国家秘密",
        "8.属于行政查询事项", "1.信访举报投诉类申请", "5.要求行政机关确认或", "3.其他",
        "（七）总计", "四、结转下年度继续办理")) {
      assertEquals(1, IntStream.range(0, all.length()).filter(i -> all.startsWith(row, i)).count(),
          row);
    }
  }

  private int pageOf(String text) {
    return IntStream.rangeClosed(1, pages.size()).filter(p -> pages.get(p - 1).contains(text))
        .findFirst().orElseThrow(() -> new AssertionError(text + " not found"));
  }

  /**
   * The label sits in a narrow column, one character per line: read it top to bottom from the
   * glyphs of that column.
   */
  private boolean verticalLabelOn(int page) {
    List<String> column = new ArrayList<>();
    for (var line : PdfReading.lines(pdf, page)) {
      line.stream().filter(t -> LABEL.contains(t.getUnicode()) && t.getXDirAdj() < 110)
          .map(t -> t.getUnicode()).forEach(column::add);
    }
    return String.join("", column).contains(LABEL);
  }
}
