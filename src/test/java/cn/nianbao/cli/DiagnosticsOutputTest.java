package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Binding errors and findings in one JSON shape; picocli's words in Chinese; failures exit 3. */
class DiagnosticsOutputTest {
  private CliRun cli = new CliRun();

  /** A fresh run: output does not accumulate across these. */
  private int run(String... args) {
    cli = new CliRun();
    return cli.run(args);
  }

  @Test
  void bindingErrorsAppearInTheJsonOfCheckWithExitTwo() throws Exception {
    assertEquals(2, cli.run("check", "src/test/resources/binder-cases/negative-count.yaml", "--format", "json"));
    JsonNode root = new ObjectMapper().readTree(cli.out());
    assertEquals(1, root.get("errors").asInt());
    JsonNode item = root.get("findings").get(0);
    assertEquals("DATA", item.get("rule").asText());
    assertEquals("error", item.get("severity").asText());
    assertEquals(9, item.get("line").asInt());
    assertEquals(21, item.get("column").asInt());
    assertEquals(23, item.get("endColumn").asInt());
    assertTrue(item.get("message").asText().contains("应为非负整数"), item.toString());
    assertEquals("收到和处理政府信息公开申请情况/本年度办理结果/不予公开/属于国家秘密/自然人",
        item.get("cell").get("id").asText());
    assertEquals("表三 “（三）不予公开 / 1.属于国家秘密” 自然人", item.get("cell").get("label").asText());
  }

  @Test
  void findingsCarryAStructuredCellReference() throws Exception {
    assertEquals(1, cli.run("check", "src/test/resources/check-cases/blank-applicant-cell.yaml", "--format", "json"));
    JsonNode item = new ObjectMapper().readTree(cli.out()).get("findings").get(0);
    assertEquals("BLANK", item.get("rule").asText());
    assertEquals(17, item.get("line").asInt());
    assertEquals(16, item.get("column").asInt());
    JsonNode cell = item.get("cell");
    assertEquals("收到和处理政府信息公开申请情况", cell.get("table").asText());
    assertEquals("本年度办理结果/予以公开", cell.get("row").asText());
    assertEquals("自然人", cell.get("column").asText());
    assertEquals("收到和处理政府信息公开申请情况/本年度办理结果/予以公开/自然人", cell.get("id").asText());
    assertEquals("表三 “（一）予以公开” 自然人", cell.get("label").asText());
  }

  @Test
  void aC1FindingListsEveryLineInvolvedWhenTheWrongCellCannotBeTold() throws Exception {
    assertEquals(1, cli.run("check", "src/test/resources/check-cases/c1-carried-forward-does-not-balance.yaml",
        "--format", "json"));
    JsonNode item = new ObjectMapper().readTree(cli.out()).get("findings").get(0);
    assertEquals("C1", item.get("rule").asText());
    List<Integer> lines = new java.util.ArrayList<>();
    item.get("lines").forEach(n -> lines.add(n.asInt()));
    assertEquals(List.of(14, 15, 42, 43), lines);
  }

  @Test
  void everyHelpIsInChineseWithAnExample() {
    for (String command : List.of("new", "render", "preview", "serve", "check", "fonts", "verify")) {
      assertEquals(0, run(command, "--help"));
      assertFalse(cli.out().contains("Usage"), cli.out());
      assertTrue(cli.out().startsWith("用法：nianbao " + command), cli.out());
      assertTrue(cli.out().contains("示例：\n  nianbao " + command), cli.out());
      assertTrue(cli.out().contains("选项："), cli.out());
    }
    assertEquals(0, run("--help"));
    assertTrue(cli.out().startsWith("用法：nianbao"), cli.out());
    assertTrue(cli.out().contains("命令："), cli.out());
  }

  @Test
  void picocliMistakesAreSaidInChinese() {
    assertEquals(2, run());
    assertEquals("nianbao: 缺少命令：请在 nianbao 之后写 new、render、preview、serve、check、fonts、verify 或 import\n"
        + "用 “nianbao --help” 查看用法和示例。\n", cli.err());
    assertEquals(2, run("check"));
    assertEquals("nianbao check: 缺少参数 <数据文件>\n用 “nianbao check --help” 查看用法和示例。\n", cli.err());
    assertEquals(2, run("check", "--fromat", "json", "x.yaml"));
    assertTrue(cli.err().startsWith("nianbao check: 不认识的选项 “--fromat”"), cli.err());
    assertEquals(2, run("check", "x.yaml", "--format", "xml"));
    assertTrue(cli.err().startsWith("nianbao check: 选项 --format <格式> 的值无效：“xml”"), cli.err());
    assertEquals(2, run("check", "a.yaml", "b.yaml"));
    assertTrue(cli.err().startsWith("nianbao check: 多余的参数 “b.yaml”"), cli.err());
  }

  @Test
  void anUnexpectedFailureExitsThreeWithOneLineNamingALogFile() throws Exception {
    StringWriter err = new StringWriter();
    int code = InternalFailure.report(new OutOfMemoryError("Java heap space"), new PrintWriter(err));
    assertEquals(3, code);
    String line = err.toString();
    assertEquals(1, line.lines().count(), line);
    Matcher log = Pattern.compile("详细信息已写入 (\\S+)$").matcher(line.strip());
    assertTrue(line.startsWith("内存不足") && log.find(), line);
    Path file = Path.of(log.group(1));
    assertTrue(file.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), file.toString());
    assertTrue(Files.readString(file).contains("java.lang.OutOfMemoryError: Java heap space"));
    Files.delete(file);
  }

  @Test
  void checkPreviewAndRenderAgreeOnAnInvisibleCharacter(@org.junit.jupiter.api.io.TempDir Path out)
      throws Exception {
    String data = "src/test/resources/binder-cases/hole-zero-width-space.yaml";
    String expected = Files.readString(Path.of("src/test/resources/binder-cases/hole-zero-width-space.expected.txt"));
    for (List<String> command : List.of(List.of("check", data), List.of("preview", data, "-o", out.toString()),
        List.of("render", data, "-o", out.toString()))) {
      assertEquals(2, run(command.toArray(String[]::new)), command.toString());
      assertTrue(cli.err().startsWith(expected), command + ": " + cli.err());
    }
    try (var written = Files.list(out)) {
      assertEquals(List.of(), written.toList());
    }
  }
}
