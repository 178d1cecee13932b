package cn.nianbao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Cell;
import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.model.Report;
import freemarker.cache.StringTemplateLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates of our own, run on the 2021 example's data, show what the markup accepts. */
class TemplateMarkupIsStrictTest {
  private final Report report = ReportBinder.bind(Path.of("examples/qingshuihe-2021.yaml"));

  TemplateMarkupIsStrictTest() throws Exception {}

  private Document run(String template) {
    StringTemplateLoader loader = new StringTemplateLoader();
    loader.putTemplate("2021/report.ftl", template);
    return ReportTemplates.from(loader).produce(report);
  }

  private String error(String template) {
    return assertThrows(TemplateError.class, () -> run(template)).getMessage();
  }

  @Test
  void directivesBuildTheDocumentModel() {
    Document doc = run("""
        <@title>${report.title}</@title>
        <@paragraph><@run role="heading2">（一）标题。</@run>正文</@paragraph>
        <@table widths=[1, 1] header=1 keep=true>
          <@row><@cell colspan=2>表头</@cell></@row>
          <@row><@cell align="left">本年<@br/>新收</@cell><@cell>${t3["本年新收政府信息公开申请数量"]["总计"]}</@cell></@row>
        </@table>
        """);
    assertEquals(3, doc.blocks().size());
    assertEquals(new Paragraph(List.of(new Run("（一）标题。", FontRole.HEADING2), new Run("正文", FontRole.BODY))),
        doc.blocks().get(1));
    Table table = (Table) doc.blocks().get(2);
    assertEquals(new Cell("本年\n新收", 1, 1, Cell.Align.LEFT), table.rows().get(1).cells().get(0));
    assertEquals("402", table.rows().get(1).cells().get(1).text());
    assertTrue(table.keepTogether());
  }

  @Test
  void anUnknownParameterNamesTheTemplateLine() {
    String message = error("<@title>标题</@title>\n<@table widths=[1] header=0>\n  <@row><@cell colpsan=2>x</@cell></@row>\n</@table>");
    assertTrue(message.startsWith("templates/2021/report.ftl:3:9: "), message);
    assertTrue(message.contains("@cell has no parameter \"colpsan\""), message);
  }

  @Test
  void spansThatDoNotTileTheGridAreRejectedAtTheTable() {
    String message = error("<@table widths=[1, 1] header=0>\n<@row><@cell colspan=2>a</@cell></@row>\n"
        + "<@row><@cell>b</@cell></@row>\n</@table>");
    assertTrue(message.startsWith("templates/2021/report.ftl:1:1: "), message);
    assertTrue(message.contains("Row 2 covers 1 of 2 columns"), message);
  }

  @Test
  void textOutsideABlockIsAnError() {
    String message = error("<@title>标题</@title>\n迷路的文字\n");
    assertTrue(message.contains("text outside a text block"), message);
    assertTrue(message.contains("迷路的文字"), message);
  }

  @Test
  void aCellOutsideARowIsAnError() {
    assertTrue(error("<@cell>x</@cell>").contains("@cell must be inside @row"));
  }

  @Test
  void aMissingValueIsAnErrorNotABlank() {
    String message = error("<@paragraph>${t3[\"没有这一行\"][\"总计\"]}</@paragraph>");
    assertTrue(message.startsWith("templates/2021/report.ftl:1:"), message);
  }

  @Test
  void templatesCannotCreateObjectsOrReachTheJavaApi() {
    String created = error("<#assign e = \"freemarker.template.utility.Execute\"?new()>"
        + "<@paragraph>${e(\"id\")}</@paragraph>");
    assertTrue(created.contains("Execute"), created);
    String api = error("<@paragraph>${report.title?api.getClass().getName()}</@paragraph>");
    assertTrue(api.contains("api"), api);
  }

  @Test
  void aCellNamesOnlyAValueCellOfTheReport() {
    String message = error("<@table widths=[1] header=0><@row><@cell cell=\"表九/没有/这格\">1</@cell></@row></@table>");
    assertTrue(message.contains("@cell cell=\"表九/没有/这格\" is not a value cell of this report"), message);
  }

  @Test
  void aCellNamingAValueCarriesItsAddress() {
    Document doc = run("<@table widths=[1] header=0><@row>"
        + "<@cell cell=\"收到和处理政府信息公开申请情况/本年新收政府信息公开申请数量/总计\">x</@cell></@row></@table>");
    Cell cell = ((Table) doc.blocks().get(0)).rows().get(0).cells().get(0);
    assertEquals("收到和处理政府信息公开申请情况/本年新收政府信息公开申请数量/总计", cell.origin().cell().id());
  }
}
