package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.ExampleText;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.OfficialGrids;
import cn.nianbao.testing.PdfReading;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** End to end: example data → PDF, read back with PDFBox. */
class PdfReportTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void headingsAndTableLabelsAppearInReadingOrder(Example example) throws Exception {
    String text = squeeze(PdfReading.text(render(example)));
    int at = 0;
    for (String label : List.of("一、总体情况", "二、主动公开政府信息情况", "第二十条第（一）项", "第二十条第（八）项",
        "三、收到和处理政府信息公开申请情况", "申请人情况", "一、本年新收政府信息公开申请数量", "（七）总计",
        "四、结转下年度继续办理", "四、政府信息公开行政复议、行政诉讼情况", "未经复议直接起诉", "复议后起诉",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
      int next = text.indexOf(label, at);
      assertTrue(next >= 0, label + " missing or out of order in " + example);
      at = next;
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void everyParagraphOfTheDataIsInThePdf(Example example) throws Exception {
    // Page numbers stand between the parts of a paragraph that crosses a page break.
    String text = squeeze(PdfReading.text(render(example))).replaceAll("—\\d+—", "");
    for (String paragraph : ExampleText.paragraphs(example)) {
      assertTrue(text.contains(squeeze(paragraph)), "missing in " + example + ": " + paragraph);
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void everyTableRowShowsItsNumbersInOrder(Example example) throws Exception {
    String text = PdfReading.text(render(example)).replaceAll("\\s+", " ");
    for (int table = 2; table <= 4; table++) {
      for (String row : OfficialGrids.expected(example.formatVersion(), table, example.name())) {
        String numbers = String.join(" ", java.util.Arrays.stream(row.split(" \\| "))
            .map(c -> c.replaceAll("\\{.*}$", "")).filter(c -> c.matches("[+-]?[0-9.]+")).toList());
        assertTrue(numbers.isEmpty() || text.contains(numbers),
            example + " table " + table + ": \"" + numbers + "\" not found for row " + row);
      }
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void everyFontIsAnEmbeddedSubset(Example example) throws Exception {
    assertEquals(List.of(), PdfReading.fontProblems(render(example)));
  }

  @Test
  void theLong2021ExampleRunsToSeveralPagesAndTableThreeCrossesAPageBreak() throws Exception {
    byte[] pdf = render(Examples.ALL.get(2));
    int pages = PdfReading.pageCount(pdf);
    assertTrue(pages >= 4 && pages <= 12, "pages: " + pages);
    long pagesWithTable3Header = PdfReading.pageTexts(pdf).stream()
        .filter(t -> squeeze(t).contains("申请人情况")).count();
    assertEquals(2, pagesWithTable3Header);
  }

  @Test
  void theSeedReportFitsOnAFewPages() throws Exception {
    int pages = PdfReading.pageCount(render(Examples.ALL.get(0)));
    assertTrue(pages >= 3 && pages <= 7, "pages: " + pages);
  }

  /** Text without line breaks and spaces: PDF extraction breaks lines where the layout wrapped. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static byte[] render(Example example) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create().render(doc, out);
    return out.toByteArray();
  }
}
