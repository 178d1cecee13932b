package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.cli.Main;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.model.CellRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Published reports as authors and sites change them (src/test/resources/import/variants, the
 * DOCX ones built by {@link VariantFiles}): each imports to its example's report, and lists
 * exactly the messages in its .expected.txt.
 */
class PublishedVariantsTest {
  private static final Path DIR = VariantFiles.DIR;

  @Test
  void tableThreeSplitByAPageBreakWithARepeatedHeaderAndABlankRowGivesEveryCell() throws Exception {
    Path file = DIR.resolve("split-table-2021.docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      assertEquals(4, doc.getTables().size(), "the variant really has table 三 in two tables");
    }
    assertImportsAs("examples/qingshuihe-2021.yaml", file, "split-table-2021");
  }

  @Test
  void aSplitInsideTheVerticalMergesGivesEveryCell() throws Exception {
    Path file = DIR.resolve("split-in-merge-2021.docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      assertEquals(4, doc.getTables().size(), "the variant really has table 三 in two tables");
    }
    assertImportsAs("examples/qingshuihe-2021.yaml", file, "split-in-merge-2021");
  }

  @Test
  void aSecondTableWithoutTheHeaderRowsGivesEveryCell() throws Exception {
    Path file = DIR.resolve("split-no-header-2021.docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      assertEquals(4, doc.getTables().size(), "the variant really has table 三 in two tables");
      assertFalse(doc.getTables().get(2).getText().contains("申请人情况"), "no header in the second table");
    }
    assertImportsAs("examples/qingshuihe-2021.yaml", file, "split-no-header-2021");
  }

  @Test
  void theOldWordingOfTableThreesNoteIsMappedToTheOfficialRowAndNoted() throws Exception {
    assertImportsAs("examples/hancongou-2020.yaml", DIR.resolve("old-wording-2020.docx"), "old-wording-2020");
  }

  @Test
  void textBoxesAndLayoutTablesAreReadInPlaceAndOnce() throws Exception {
    Path file = DIR.resolve("boxes-and-frames-2021.docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      String xml = doc.getDocument().xmlText();
      assertEquals(5, xml.split("<w:txbxContent", -1).length - 1, "four boxes, one of them twice (mc:Fallback)");
      assertTrue(xml.contains("<mc:Fallback>"), "the title's box has its VML copy");
      List<XWPFTable> frames = doc.getTables();
      assertEquals(3, frames.size(), "only the three layout tables in the body");
      assertTrue(xml.matches("(?s).*<w:txbxContent><w:tbl>.*"), "table 四 in a text box");
      assertEquals(1, frames.get(0).getRow(1).getCell(0).getTables().size(), "table 二 inside a layout table");
      assertEquals(1, frames.get(1).getRow(1).getCell(0).getTables().size(), "table 三 inside a layout table");
    }
    assertImportsAs("examples/qingshuihe-2021.yaml", file, "boxes-and-frames-2021");
  }

  @Test
  void aSitePageWithAMenuLinkLikeAHeadingAndMergedCellsGivesTheNumbersAndParagraphs() throws Exception {
    Path file = DIR.resolve("site-page-2020.html");
    String page = Files.readString(file);
    assertTrue(page.contains(">一、总体情况导读</a>") && page.contains("rowspan=") && page.contains("colspan="),
        "the variant has the menu link and merged cells it is about");
    assertImportsAs("examples/qingshuihe-2020.yaml", file, "site-page-2020");
  }

  @Test
  void aSiteMenuListingSectionHeadingsIsNotTakenForTheReport() throws Exception {
    Path file = DIR.resolve("site-menu-headings-2020.html");
    assertTrue(Files.readString(file).contains("<li>一、总体情况</li>"), "the menu has the heading");
    assertImportsAs("examples/qingshuihe-2020.yaml", file, "site-menu-headings-2020");
  }

  @Test
  void aMissingTableIsLeftBlankInANewDataFile() throws Exception {
    Importer.Result result = Importer.read(DIR.resolve("no-table-four-2020.txt"));
    var appeals = Reports.bind("new.yaml", result.text()).appeals();
    assertTrue(appeals.schema().rows().stream().flatMap(r -> r.columns().stream()
        .map(c -> appeals.get(new CellRef(r.key(), c.key())))).allMatch(Optional::isEmpty), "table 四 blank");
    assertEquals(Files.readAllLines(DIR.resolve("no-table-four-2020.expected.txt"), StandardCharsets.UTF_8),
        result.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void withIntoAMissingTableKeepsTheDataFilesNumbersAndSaysSo(@TempDir Path dir) throws Exception {
    String example = Files.readString(Path.of("examples/hancongou-2020.yaml"));
    String before = example.replace("行政复议: {结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0}",
        "行政复议: {结果维持: 3, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 3}");
    assertNotEquals(example, before);
    Path data = dir.resolve("data.yaml");
    Files.writeString(data, before);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "import", DIR.resolve("no-table-four-2020.txt").toString(), "--into", data.toString());
    assertEquals(1, exit, out + "" + err);
    assertTrue(out.toString().contains("四、政府信息公开行政复议、行政诉讼情况 的表格在原文中没有找到，数据文件中这张表的数字保留原值"),
        out.toString());
    assertFalse(out.toString().contains("表中数字留空"), out.toString());
    assertTrue(out.toString().contains("以下 2 项需要人工核对"), "the 只记 row was placed, not left out: " + out);
    assertEquals(before, Files.readString(data), "table 四 kept; the others are the example's already");
  }

  private static void assertImportsAs(String example, Path file, String expected) throws Exception {
    Importer.Result result = Importer.read(file);
    Reports.assertSame(ReportBinder.bind(Path.of(example)), Reports.bind(expected + ".yaml", result.text()), true);
    assertEquals(Files.readAllLines(DIR.resolve(expected + ".expected.txt"), StandardCharsets.UTF_8),
        result.diagnostics().stream().map(Diagnostic::toString).toList());
  }
}
