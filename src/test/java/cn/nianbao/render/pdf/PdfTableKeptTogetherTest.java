package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.PdfReading;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Tables 二 and 四 are short: each stays on one page, together with its section heading. */
class PdfTableKeptTogetherTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void tableTwoAndItsHeadingShareOnePage(Example example) {
    List<String> pages = pages(example);
    int heading = pageOf(pages, "二、主动公开政府信息情况");
    // Texts found only in the table (the narrative may quote row labels).
    assertEquals(heading, pageOf(pages, "第二十条第（一）项信息内容"));
    assertEquals(heading, pageOf(pages, "第二十条第（八）项"));
  }

  @ParameterizedTest
  @FieldSource("examples")
  void tableFourAndItsHeadingShareOnePage(Example example) {
    List<String> pages = pages(example);
    int heading = pageOf(pages, "四、政府信息公开行政复议、行政诉讼情况");
    assertEquals(heading, pageOf(pages, "行政复议行政诉讼"));
    assertEquals(heading, pageOf(pages, "未经复议直接起诉复议后起诉"));
  }

  private static List<String> pages(Example example) {
    return PdfReading.pageTexts(ExamplePdfs.pdf(example)).stream()
        .map(t -> t.replaceAll("\\s", "")).toList();
  }

  private static int pageOf(List<String> pages, String text) {
    return IntStream.rangeClosed(1, pages.size()).filter(p -> pages.get(p - 1).contains(text))
        .findFirst().orElseThrow(() -> new AssertionError(text + " not found"));
  }
}
