package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-made variants of the seed (src/test/resources/import): each imports to the example's
 * report except where the variant differs, and lists exactly the messages in its .expected.txt.
 */
class HandMadeVariantsTest {
  private static final String DIR = "src/test/resources/import/";

  @Test
  void blankCellsStayBlankAndACellWithAUnitIsListedNotGuessed() throws Exception {
    Importer.Result result = Importer.read(Path.of(DIR + "blank-cells-2020.txt"));
    Report imported = Reports.bind("blank-cells-2020.yaml", result.text());
    assertFalse(imported.requests().get("本年新收政府信息公开申请数量", "自然人").isPresent(), "blank, not 0");
    assertFalse(imported.activeDisclosure().get("政府集中采购", "采购总金额").isPresent(), "251000元 is not guessed");
    assertEquals(expected("blank-cells-2020"), messages(result));
  }

  @Test
  void variantHeadingsAreMappedToTheOfficialSectionsAndNoted() throws Exception {
    Importer.Result result = Importer.read(Path.of(DIR + "variant-headings-2020.txt"));
    Report example = ReportBinder.bind(Path.of("examples/hancongou-2020.yaml"));
    Reports.assertSame(example, Reports.bind("variant-headings-2020.yaml", result.text()), false);
    assertEquals(expected("variant-headings-2020"), messages(result));
  }

  @Test
  void aSitesBreadcrumbAndStrayLatinAboveTheTitleAreListedNotTakenIntoIt() throws Exception {
    Importer.Result result = Importer.read(Path.of(DIR + "breadcrumb-2020.txt"));
    Report example = ReportBinder.bind(Path.of("examples/hancongou-2020.yaml"));
    Reports.assertSame(example, Reports.bind("breadcrumb-2020.yaml", result.text()), false);
    assertEquals(expected("breadcrumb-2020"), messages(result));
  }

  private static List<String> messages(Importer.Result result) {
    return result.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  private static List<String> expected(String name) throws Exception {
    return Files.readAllLines(Path.of(DIR + name + ".expected.txt"), StandardCharsets.UTF_8);
  }
}
