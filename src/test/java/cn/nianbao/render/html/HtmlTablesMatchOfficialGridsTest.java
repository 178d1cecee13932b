package cn.nianbao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.OfficialGrids;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** End to end: example data → HTML, parsed back with jsoup, against the official grids. */
class HtmlTablesMatchOfficialGridsTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void everyTableReadsBackAsTheOfficialGridWithTheExampleNumbers(Example example) throws Exception {
    Elements tables = ExampleHtml.render(example).select("table");
    assertEquals(3, tables.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(String.join("\n", OfficialGrids.expected(example.formatVersion(), i + 2, example.name())),
          String.join("\n", ExampleHtml.gridLines(tables.get(i))), example + " table " + (i + 2));
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void columnWidthsArePercentagesOfTheModelWidths(Example example) throws Exception {
    for (Element table : ExampleHtml.render(example).select("table")) {
      double sum = 0;
      for (Element col : table.select("colgroup > col")) {
        String style = col.attr("style");
        sum += Double.parseDouble(style.substring("width: ".length(), style.length() - 1));
      }
      assertEquals(100, sum, 0.01, example + ": " + table.select("colgroup"));
    }
  }
}
