package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.cli.Main;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks of the official tables: read into a new data file, or set into an existing one with --into. */
class XlsxImportTest {
  private static final Path QINGSHUIHE = Path.of("examples/qingshuihe-2021.yaml");
  private static final Path HANCONGOU = Path.of("examples/hancongou-2020.yaml");
  private static final Pattern TABLE_NUMBER = Pattern.compile("(?<=: )\\d+(\\.\\d+)?");

  @TempDir Path dir;

  private record Ran(int exit, String out, String err) {}

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Ran(exit, out.toString(), err.toString());
  }

  /** The example with every table number changed (to 9), all else as it is. */
  private static String withOtherNumbers(Path example) throws Exception {
    String text = Files.readString(example);
    int from = text.indexOf("\n主动公开政府信息情况:");
    int to = text.indexOf("\n存在的主要问题及改进情况:");
    Matcher m = TABLE_NUMBER.matcher(text.substring(from, to));
    String tables = m.replaceAll("9");
    return text.substring(0, from) + tables + text.substring(to);
  }

  private Path workbook(Path example, boolean oneSheet, Map<String, Map<CellRef, String>> override) throws Exception {
    Path xlsx = dir.resolve("统计表.xlsx");
    Files.write(xlsx, Workbooks.of(Rendered.report(example), oneSheet, override));
    return xlsx;
  }

  private void fillsBackToTheExample(Path example, boolean oneSheet) throws Exception {
    Path xlsx = workbook(example, oneSheet, Map.of());
    Path data = dir.resolve("data.yaml");
    String changed = withOtherNumbers(example);
    assertNotEquals(Files.readString(example), changed, "the copy differs in its numbers");
    Files.writeString(data, changed);
    Ran ran = run("import", xlsx.toString(), "--into", data.toString());
    assertEquals(0, ran.exit(), ran.out() + ran.err());
    assertTrue(ran.out().contains("填入"), ran.out());
    Report expected = Rendered.report(example);
    Report filled = Rendered.report(data);
    assertEquals(Reports.cells(expected), Reports.cells(filled));
    assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(data), "every other byte unchanged");
  }

  @Test
  void aWorkbookInTheOfficialGridFillsA2021DataFile() throws Exception {
    fillsBackToTheExample(QINGSHUIHE, false);
  }

  @Test
  void allTablesOnOneSheetFillAsWell() throws Exception {
    fillsBackToTheExample(QINGSHUIHE, true);
  }

  @Test
  void aWorkbookOfThe2019FormatFillsA2020DataFile() throws Exception {
    fillsBackToTheExample(HANCONGOU, false);
  }

  @Test
  void aBlankCellLeavesTheDataFileValue() throws Exception {
    Path xlsx = workbook(QINGSHUIHE, false, Map.of("主动公开政府信息情况",
        Map.of(new CellRef("行政许可", "本年处理决定数量"), "")));
    Path data = dir.resolve("data.yaml");
    Files.copy(QINGSHUIHE, data);
    Ran ran = run("import", xlsx.toString(), "--into", data.toString());
    assertEquals(0, ran.exit(), ran.out() + ran.err());
    assertArrayEquals(Files.readAllBytes(QINGSHUIHE), Files.readAllBytes(data));
  }

  @Test
  void aNumberWithAUnitIsListedAndNotPlaced() throws Exception {
    Path xlsx = workbook(QINGSHUIHE, false, Map.of("主动公开政府信息情况",
        Map.of(new CellRef("行政许可", "本年处理决定数量"), "251000元")));
    Path data = dir.resolve("data.yaml");
    Files.writeString(data, withOtherNumbers(QINGSHUIHE));
    Ran ran = run("import", xlsx.toString(), "--into", data.toString());
    assertEquals(1, ran.exit(), ran.out() + ran.err());
    assertTrue(ran.out().contains("251000元") && ran.out().contains("工作表“表二”"), ran.out());
    String text = Files.readString(data);
    assertTrue(text.contains("行政许可: {本年处理决定数量: 9}"), "the unplaced cell keeps the file's value");
    assertTrue(text.contains("行政处罚: {本年处理决定数量: 58}"), "the others are placed");
  }

  @Test
  void aRefusedValueLeavesTheFileUntouched() throws Exception {
    // The importer keeps back every cell the binder would refuse (CellText), so the refusal that
    // reaches the editor is a total the data file leaves to be computed, given otherwise.
    Path xlsx = workbook(QINGSHUIHE, false, Map.of("政府信息公开行政复议、行政诉讼情况",
        Map.of(new CellRef("行政复议", "总计"), "7")));
    Path data = dir.resolve("data.yaml");
    String before = Files.readString(QINGSHUIHE).replace("尚未审结: 1, 总计: 6}", "尚未审结: 1}");
    assertNotEquals(Files.readString(QINGSHUIHE), before);
    Files.writeString(data, before);
    Ran ran = run("import", xlsx.toString(), "--into", data.toString());
    assertEquals(2, ran.exit(), ran.out() + ran.err());
    assertTrue(ran.err().contains("未改动") && ran.err().contains("自动计算的合计"), ran.err());
    assertTrue(ran.err().contains("data.yaml:"), "names the data file and the place: " + ran.err());
    assertFalse(ran.err().contains("Exception"), ran.err());
    assertArrayEquals(before.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(data));
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedAndNothingWritten() throws Exception {
    Path fake = dir.resolve("假的.xlsx");
    Files.writeString(fake, "这不是电子表格");
    Path data = dir.resolve("data.yaml");
    Files.copy(QINGSHUIHE, data);
    Ran into = run("import", fake.toString(), "--into", data.toString());
    assertEquals(2, into.exit(), into.err());
    assertTrue(into.err().startsWith("假的.xlsx: ") && into.err().contains("XLSX"), into.err());
    assertArrayEquals(Files.readAllBytes(QINGSHUIHE), Files.readAllBytes(data));
    Path out = dir.resolve("new.yaml");
    Ran plain = run("import", fake.toString(), "-o", out.toString());
    assertEquals(2, plain.exit(), plain.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void intoAndOutputAreExclusive() throws Exception {
    Path xlsx = workbook(QINGSHUIHE, false, Map.of());
    Ran ran = run("import", xlsx.toString(), "--into", "a.yaml", "-o", "b.yaml");
    assertEquals(2, ran.exit(), ran.err());
    assertTrue(ran.err().contains("选项 --output 和 --into 不能同时使用"), ran.err());
    assertFalse(Files.exists(Path.of("b.yaml")));
  }

  @Test
  void aWorkbookAloneBecomesADataFileWithItsNumbers() throws Exception {
    Path xlsx = workbook(QINGSHUIHE, false, Map.of());
    Path out = dir.resolve("new.yaml");
    Ran ran = run("import", xlsx.toString(), "-o", out.toString());
    assertEquals(1, ran.exit(), ran.out() + ran.err());
    assertTrue(ran.out().contains("正文各节留空"), ran.out());
    String text = Files.readString(out);
    assertTrue(text.contains("\n机关:"), "机关 is left for the clerk");
    Report made = Reports.bind("new.yaml", text.replaceFirst("(?m)^机关:.*$", "机关: 示例机关"));
    assertEquals(2021, made.year());
    assertEquals(Reports.cells(Rendered.report(QINGSHUIHE)), Reports.cells(made));
  }
}
