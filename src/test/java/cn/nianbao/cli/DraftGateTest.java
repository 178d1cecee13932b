package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} writes no final report whose numbers do not reconcile; {@code --draft} writes a marked one. */
class DraftGateTest {
  private static final String CASES = "src/test/resources/check-cases/";

  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void anInconsistentReportIsNotRenderedAndExitsOne() {
    Path target = dir.resolve("out");
    assertEquals(1, cli.run("render", CASES + "c1-carried-forward-does-not-balance.yaml", "-o", target.toString()));
    assertFalse(Files.exists(target));
    assertTrue(cli.err().contains("c1-carried-forward-does-not-balance.yaml:14:80: 错误 C1: 表三 总计列："
        + "一、本年新收(12) + 二、上年结转(1) ≠ （七）总计(11) + 四、结转下年度继续办理(1)（涉及第 14、15、42、43 行）\n"), cli.err());
    assertTrue(cli.err().endsWith("c1-carried-forward-does-not-balance.yaml: 2 处错误，0 处警告，"
        + "未生成任何文件（改正后重新生成，或用 --draft 生成草稿）。\n"), cli.err());
  }

  @Test
  void aDraftIsRenderedWithTheMarkOnEveryPageOfBothFiles() throws Exception {
    assertEquals(0, cli.run("render", "--draft", CASES + "c1-carried-forward-does-not-balance.yaml", "-o", dir.toString()));
    try (InputStream in = Files.newInputStream(dir.resolve("c1-carried-forward-does-not-balance.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
      for (XWPFHeader header : new XWPFHeader[] {policy.getDefaultHeader(), policy.getEvenPageHeader()}) {
        assertTrue(header.getText().contains("草稿"), header.getText());
      }
    }
    byte[] pdf = Files.readAllBytes(dir.resolve("c1-carried-forward-does-not-balance.pdf"));
    List<String> pages = PdfReading.pageTexts(pdf);
    assertTrue(pages.size() >= 2);
    for (int p = 0; p < pages.size(); p++) {
      assertTrue(pages.get(p).contains("草稿"), "page " + (p + 1));
    }
    assertTrue(cli.out().contains("这是草稿"), cli.out());
  }

  @Test
  void aConsistentReportIsFinalAndCarriesNoMark() throws Exception {
    assertEquals(0, cli.run("render", CASES + "valid-2021.yaml", "-o", dir.toString()));
    try (InputStream in = Files.newInputStream(dir.resolve("valid-2021.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      assertEquals(0, docx.getHeaderList().size());
    }
    assertFalse(PdfReading.text(Files.readAllBytes(dir.resolve("valid-2021.pdf"))).contains("草稿"));
  }

  @Test
  void warningsAreShownButDoNotStopTheFinalReport() {
    assertEquals(0, cli.run("render", CASES + "c8-published-total-below-new.yaml", "-o", dir.toString()));
    assertTrue(Files.exists(dir.resolve("c8-published-total-below-new.pdf")));
    assertTrue(cli.err().contains("警告 C8"), cli.err());
  }

  @Test
  void notApplicableCellsPrintAsSlashInBothFormats() throws Exception {
    assertEquals(0, cli.run("render", CASES + "not-applicable-cells.yaml", "-o", dir.toString()));
    try (InputStream in = Files.newInputStream(dir.resolve("not-applicable-cells.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      String row = docx.getTables().get(0).getRow(2).getTableCells().stream()
          .map(c -> c.getText()).toList().toString();
      assertEquals("[规章, /, /, /]", row);
      assertTrue(new XWPFWordExtractor(docx).getText().contains("部分公开"));
    }
    String pdf = PdfReading.text(Files.readAllBytes(dir.resolve("not-applicable-cells.pdf")));
    assertTrue(pdf.contains("规章 / / /"), pdf);
  }

  @Test
  void previousCannotBeGivenWithSeveralDataFiles() {
    assertEquals(2, cli.run("render", CASES + "valid-2021.yaml", CASES + "c8-published-total-below-new.yaml",
        "--previous", CASES + "valid-2021.previous.yaml", "-o", dir.toString()));
    assertTrue(cli.err().contains("--previous 只能与一个数据文件同用"), cli.err());
  }
}
