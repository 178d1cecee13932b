package cn.nianbao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.ExampleText;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The six section headings in order, and every paragraph the data file gives, are in the preview. */
class HtmlHeadingsAndParagraphsTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void theSixSectionHeadingsAreTheLevelOneHeadingsInOrder(Example example) throws Exception {
    assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
        ExampleHtml.render(example).select(".line.heading:has(> span.f-heading1)").eachText());
  }

  @ParameterizedTest
  @FieldSource("examples")
  void everyParagraphOfTheDataIsInThePreview(Example example) throws Exception {
    Document html = ExampleHtml.render(example);
    // Lines joined across pages: a paragraph may continue on the next page.
    String text = String.join("", html.select(".line.body, .line.heading, .line.closing").eachText());
    for (String paragraph : ExampleText.paragraphs(example)) {
      assertTrue(text.contains(paragraph.replace(" ", "")) || text.contains(paragraph),
          "missing paragraph in " + example + ": " + paragraph);
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void theTitleIsOneBlockPerBalancedLine(Example example) throws Exception {
    List<String> lines = ExampleHtml.render(example).select(".line.title").eachText();
    assertTrue(lines.size() >= 2, lines.toString());
    assertTrue(lines.get(lines.size() - 1).endsWith("政府信息公开工作年度报告"), lines.toString());
  }
}
