package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextImportTest {
  private static final Path SEED = Path.of("src/test/resources/import/hancongou-2020-report.txt");

  @Test
  void theSeedGivesTheNumbersAndParagraphsOfTheExample() throws Exception {
    Importer.Result result = Importer.read(SEED);
    Report imported = Reports.bind("hancongou-2020.yaml", result.text());
    Report example = ReportBinder.bind(Path.of("examples/hancongou-2020.yaml"));
    // The published report has no section 六; the example writes 无。 by convention (its comment says so).
    Reports.assertSame(example, imported, false);
    assertTrue(imported.otherMatters().isEmpty());
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("六、其他需要报告的事项")),
        result.diagnostics().toString());
    assertEquals(FormatVersion.V2019, result.version());
  }

  @Test
  void theSeedsWordingOfTheNoteIsMappedToTheOfficialRowAndNoted() throws Exception {
    Importer.Result result = Importer.read(SEED);
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("只记这一情形")
        && d.message().contains("第133行")), result.diagnostics().toString());
  }

  @Test
  void aWebCopyOfThe2021ExampleComesBackNumberForNumber() throws Exception {
    Report example = Rendered.report(Path.of("examples/qingshuihe-2021.yaml"));
    String text = Rendered.webCopy(Rendered.docx(example));
    Importer.Result result = Importer.read("qingshuihe-2021.txt", Importer.Format.TEXT,
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Reports.assertSame(example, Reports.bind("qingshuihe-2021.yaml", result.text()), true);
  }

  @Test
  void withoutAYearTheFormatComesFromTheColumnHeadsOfTable2() throws Exception {
    Report example = Rendered.report(Path.of("examples/qingshuihe-2021.yaml"));
    String text = Rendered.webCopy(Rendered.docx(example)).replace("2021年政府信息公开", "政府信息公开");
    Importer.Result result = Importer.read("qingshuihe.txt", Importer.Format.TEXT,
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(null, result.year());
    assertEquals(FormatVersion.V2021, result.version());
    assertTrue(result.text().contains("\n格式: 2021"), result.text());
    String old = Rendered.webCopy(Rendered.docx(Rendered.report(Path.of("examples/qingshuihe-2020.yaml"))))
        .replace("2020年政府信息公开", "政府信息公开");
    Importer.Result result2019 = Importer.read("qingshuihe.txt", Importer.Format.TEXT,
        old.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(FormatVersion.V2019, result2019.version());
  }
}
