package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String CASES = "src/test/resources/check-cases/";
  private static final String SKIPPED_C6_C7 = "上年（2020年度）报告使用2019年版格式（试行，国办公开办函〔2019〕60号），"
      + "本年使用2021年版格式（国办公开办函〔2021〕30号）：跨年度只检查 C5，C6、C7 不适用，已跳过\n";

  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void consistentReportExitsZeroAndNamesThePreviousYearFoundBesideIt() {
    assertEquals(0, cli.run("check", "examples/qingshuihe-2021.yaml"));
    assertEquals("对照上年数据：qingshuihe-2020.yaml\n" + SKIPPED_C6_C7
        + "qingshuihe-2021.yaml: 0 处错误，0 处警告。\n", cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void inconsistentReportExitsOneAndListsErrorsBeforeWarnings() throws Exception {
    assertEquals(1, cli.run("check", CASES + "several-faults.yaml"));
    String expected = Files.readString(Path.of(CASES + "several-faults.expected.txt"));
    assertEquals("文件名中没有年度 2021，无法自动找到上年数据，跳过跨年度检查（C5–C7）；可用 --previous 指定上年数据文件\n"
        + expected + "several-faults.yaml: 6 处错误，1 处警告。\n", cli.out());
  }

  @Test
  void aMissingPreviousYearIsANoteNotAnError() throws Exception {
    Path data = dir.resolve("jiedao-2021.yaml");
    Files.copy(Path.of(CASES + "valid-2021.yaml"), data);
    assertEquals(0, cli.run("check", data.toString()));
    assertTrue(cli.out().startsWith(
        "未找到上年数据 jiedao-2020.yaml，跳过跨年度检查（C5–C7）；可用 --previous 指定上年数据文件\n"), cli.out());
  }

  @Test
  void aPreviousYearFoundByNameTakesPartInTheCheck() throws Exception {
    Files.copy(Path.of(CASES + "c5-carry-over-differs-from-last-year.yaml"), dir.resolve("jiedao-2021.yaml"));
    Files.copy(Path.of(CASES + "c5-carry-over-differs-from-last-year.previous.yaml"), dir.resolve("jiedao-2020.yaml"));
    assertEquals(1, cli.run("check", dir.resolve("jiedao-2021.yaml").toString()));
    assertTrue(cli.out().startsWith("对照上年数据：jiedao-2020.yaml\n"), cli.out());
    assertTrue(cli.out().contains("jiedao-2021.yaml:15:25: 错误 C5: 表三 自然人列：二、上年结转(1) ≠ "
        + "2020年度报告 四、结转下年度继续办理(2)\n"), cli.out());
  }

  @Test
  void previousGivenExplicitlyIsUsed() {
    assertEquals(0, cli.run("check", CASES + "valid-2021.yaml", "--previous", CASES + "valid-2021.previous.yaml"));
    assertTrue(cli.out().startsWith("对照上年数据：valid-2021.previous.yaml\n"), cli.out());
  }

  @Test
  void aPreviousFileOfTheWrongYearExitsTwo() {
    assertEquals(2, cli.run("check", CASES + "valid-2021.yaml", "--previous", CASES + "valid-2021.yaml"));
    // the previous file's own 年度 is the place to look
    assertEquals("valid-2021.yaml:3:5: 上年数据应为2020年度，实际为2021年度，不能作为上年数据。\n", cli.err());
  }

  @Test
  void dataThatCannotBeBoundExitsTwo() {
    assertEquals(2, cli.run("check", "src/test/resources/binder-cases/negative-count.yaml"));
    assertEquals("negative-count.yaml:9:21: 表三 “（三）不予公开 / 1.属于国家秘密” 自然人: 应为非负整数，实际为 “-1”\n"
        + "negative-count.yaml: 共 1 处问题，无法核对。\n", cli.err());
  }

  @Test
  void jsonOutputCarriesRuleSeverityPositionAndMessage() throws Exception {
    assertEquals(1, cli.run("check", CASES + "c1-carried-forward-does-not-balance.yaml", "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertEquals("c1-carried-forward-does-not-balance.yaml", json.get("file").asText());
    assertTrue(json.get("previous").isNull());
    assertEquals(2, json.get("errors").asInt());
    assertEquals(0, json.get("warnings").asInt());
    JsonNode first = json.get("findings").get(0);
    assertEquals("C1", first.get("rule").asText());
    assertEquals("error", first.get("severity").asText());
    assertEquals(14, first.get("line").asInt());
    assertEquals(25, first.get("column").asInt());
    assertEquals("表三 自然人列：一、本年新收(10) + 二、上年结转(1) ≠ （七）总计(9) + 四、结转下年度继续办理(1)",
        first.get("message").asText());
  }

  @Test
  void jsonOutputIsWhatJacksonsObjectMapperWouldPrint() throws Exception {
    // written by the streaming generator: the same text as the mapper's default pretty printer
    assertEquals(1, cli.run("check", CASES + "c1-carried-forward-does-not-balance.yaml", "--format", "json"));
    String out = cli.out().strip();
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(out)),
        out);
    assertTrue(out.contains("\"cell\" : {") && out.contains("\"lines\" : ["), out);
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(0, cli.run("check", "--help"));
    assertTrue(cli.out().contains("1   发现错误"), cli.out());
    assertTrue(cli.out().contains("--previous=<文件>"), cli.out());
  }
}
