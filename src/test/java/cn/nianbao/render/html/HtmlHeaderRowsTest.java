package cn.nianbao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Table;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The model's header rows, and only they, are in {@code <thead>} (browsers repeat it when printing). */
class HtmlHeaderRowsTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void headerRowsOfTheModelAreTheRowsOfThead(Example example) throws Exception {
    List<Table> model = ReportTemplates.bundled().produce(ReportBinder.bind(example.path())).blocks().stream()
        .filter(Table.class::isInstance).map(Table.class::cast).toList();
    List<Element> html = ExampleHtml.render(example).select("table");
    assertEquals(model.size(), html.size());
    for (int i = 0; i < model.size(); i++) {
      Table table = model.get(i);
      Element element = html.get(i);
      assertEquals(table.headerRows(), element.select("thead > tr").size(), example + " table " + (i + 2));
      assertEquals(table.rows().size() - table.headerRows(), element.select("tbody > tr").size());
      assertTrue(element.select("thead td").isEmpty() && element.select("tbody th").isEmpty());
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void onlyTheLongTableMayBeSplitTheShortOnesAreKeptTogether(Example example) throws Exception {
    List<Boolean> keep = ExampleHtml.render(example).select("table").stream().map(t -> t.hasClass("keep")).toList();
    List<Boolean> model = ReportTemplates.bundled().produce(ReportBinder.bind(example.path())).blocks().stream()
        .filter(Table.class::isInstance).map(b -> ((Table) b).keepTogether()).toList();
    assertEquals(model, keep);
    assertEquals(List.of(true, false, true), keep, "tables 二 and 四 keep=true in the templates");
  }
}
