package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.DocxTables;
import cn.nianbao.testing.DocxTables.LogicalCell;
import cn.nianbao.testing.ExampleText;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.OfficialGrids;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** End to end: example data → DOCX, read back with POI, against the official grids. */
class DocxTablesMatchOfficialGridsTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void everyTableReadsBackAsTheOfficialGridWithTheExampleNumbers(Example example) throws Exception {
    try (XWPFDocument docx = render(example)) {
      assertEquals(3, docx.getTables().size());
      for (int i = 0; i < 3; i++) {
        List<String> actual = new ArrayList<>();
        for (List<LogicalCell> row : DocxTables.read(docx.getTables().get(i))) {
          actual.add(String.join(" | ",
              row.stream().map(c -> OfficialGrids.cell(c.text(), c.rowSpan(), c.colSpan())).toList()));
        }
        assertEquals(String.join("\n", OfficialGrids.expected(example.formatVersion(), i + 2, example.name())),
            String.join("\n", actual), example + " table " + (i + 2));
      }
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void sectionHeadingsAndEveryParagraphOfTheDataAreInTheDocument(Example example) throws Exception {
    String text;
    try (XWPFDocument docx = render(example)) {
      text = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
    int at = 0;
    for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
      int next = text.indexOf(heading, at);
      assertTrue(next >= at, heading + " missing or out of order in " + example);
      at = next;
    }
    for (String paragraph : ExampleText.paragraphs(example)) {
      assertTrue(text.contains(paragraph), "missing paragraph in " + example + ": " + paragraph);
    }
  }

  private static XWPFDocument render(Example example) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRenderer.create().render(doc, out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }
}
