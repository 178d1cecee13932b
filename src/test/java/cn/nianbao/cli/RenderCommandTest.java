package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void writesDocxAndPdfNamedAfterTheDataFile() throws Exception {
    assertEquals(0, cli.run("render", "examples/hancongou-2020.yaml", "-o", dir.toString()));
    byte[] docx = Files.readAllBytes(dir.resolve("hancongou-2020.docx"));
    byte[] pdf = Files.readAllBytes(dir.resolve("hancongou-2020.pdf"));
    assertEquals("PK", new String(docx, 0, 2));
    assertEquals("%PDF", new String(pdf, 0, 4));
    assertEquals(List.of(".nianbao.lock", "hancongou-2020.docx", "hancongou-2020.pdf",
        "nianbao-manifest.json"), fileNames(dir));
  }

  @Test
  void badDataExitsTwoWithPositionedMessagesAndWritesNothing() throws Exception {
    Path out = dir.resolve("out");
    int code = cli.run("render", "src/test/resources/binder-cases/negative-count.yaml", "-o", out.toString());
    assertEquals(2, code);
    assertFalse(Files.exists(out));
    assertEquals("negative-count.yaml:9:21: 表三 “（三）不予公开 / 1.属于国家秘密” 自然人: 应为非负整数，实际为 “-1”\n"
        + "negative-count.yaml: 共 1 处问题，未生成任何文件。\n", cli.err());
  }

  @Test
  void badDataLeavesEarlierOutputUntouched() throws Exception {
    Path data = dir.resolve("report.yaml");
    Files.copy(Path.of("examples/hancongou-2020.yaml"), data);
    assertEquals(0, cli.run("render", data.toString(), "-o", dir.toString()));
    byte[] before = Files.readAllBytes(dir.resolve("report.pdf"));
    Files.writeString(data, Files.readString(data).replace("机关: 寒葱沟镇人民政府", "机关: [寒葱沟镇人民政府]"));
    assertEquals(2, cli.run("render", data.toString(), "-o", dir.toString()));
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("report.pdf")));
    assertEquals(List.of(".nianbao.lock", "nianbao-manifest.json", "report.docx", "report.pdf",
        "report.yaml"), fileNames(dir));
  }

  @Test
  void missingFileExitsTwo() {
    assertEquals(2, cli.run("render", dir.resolve("nope.yaml").toString(), "-o", dir.toString()));
    assertTrue(cli.err().startsWith("nope.yaml:1:1: 找不到文件"), cli.err());
  }

  @Test
  void batchShowsProgressAndStillRendersTheGoodFiles() throws Exception {
    int code = cli.run("render", "src/test/resources/binder-cases/negative-count.yaml",
        "examples/qingshuihe-2020.yaml", "-o", dir.toString());
    assertEquals(2, code);
    assertTrue(cli.out().contains("[1/2] "), cli.out());
    assertTrue(cli.out().contains("[2/2] "), cli.out());
    assertEquals(List.of(".nianbao.lock", "nianbao-manifest.json", "qingshuihe-2020.docx",
        "qingshuihe-2020.pdf"), fileNames(dir));
  }

  @Test
  void unknownCommandIsAUsageErrorWithExitTwo() {
    assertEquals(2, cli.run("rendr", "x.yaml"));
    assertEquals("nianbao: 不认识的命令 “rendr”，是否应为 “render”？\n"
        + "用 “nianbao --help” 查看用法和示例。\n", cli.err());
  }

  @Test
  void helpOfEveryCommandListsTheExitCodes() {
    assertEquals(0, cli.run("--help"));
    assertEquals(0, cli.run("render", "--help"));
    assertEquals(0, cli.run("preview", "--help"));
    String help = cli.out();
    assertEquals(3, help.split("退出码：", -1).length - 1);
    assertTrue(help.contains("2   命令行有误，或数据文件无法读取、内容有误（未写出任何文件）"));
  }

  private static List<String> fileNames(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
