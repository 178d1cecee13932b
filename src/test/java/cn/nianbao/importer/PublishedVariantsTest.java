package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

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
  void theOldWordingOfTableThreesNoteIsMappedToTheOfficialRowAndNoted() throws Exception {
    assertImportsAs("examples/hancongou-2020.yaml", DIR.resolve("old-wording-2020.docx"), "old-wording-2020");
  }

  @Test
  void aSitePageWithAMenuLinkLikeAHeadingAndMergedCellsGivesTheNumbersAndParagraphs() throws Exception {
    Path file = DIR.resolve("site-page-2020.html");
    String page = Files.readString(file);
    assertTrue(page.contains(">一、总体情况导读</a>") && page.contains("rowspan=") && page.contains("colspan="),
        "the variant has the menu link and merged cells it is about");
    assertImportsAs("examples/qingshuihe-2020.yaml", file, "site-page-2020");
  }

  private static void assertImportsAs(String example, Path file, String expected) throws Exception {
    Importer.Result result = Importer.read(file);
    Reports.assertSame(ReportBinder.bind(Path.of(example)), Reports.bind(expected + ".yaml", result.text()), true);
    assertEquals(Files.readAllLines(DIR.resolve(expected + ".expected.txt"), StandardCharsets.UTF_8),
        result.diagnostics().stream().map(Diagnostic::toString).toList());
  }
}
