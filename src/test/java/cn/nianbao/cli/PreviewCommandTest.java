package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview} writes NAME.html only; a draft when the numbers do not reconcile; nothing on bad input. */
class PreviewCommandTest {
  private static final String CASES = "src/test/resources/check-cases/";

  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void writesOneHtmlFileNamedAfterTheDataFileAndNoDocxOrPdf() throws Exception {
    assertEquals(0, cli.run("preview", "examples/qingshuihe-2021.yaml", "-o", dir.toString()), cli.err());
    assertEquals(List.of(".nianbao.lock", "qingshuihe-2021.html"), fileNames(dir));
    Document html = read(dir.resolve("qingshuihe-2021.html"));
    assertTrue(html.select("section.page[data-page]").size() >= 5, "pages, as in the PDF");
    assertTrue(html.select("section.page > .cell").size() > 100, "the tables' cells");
    assertNull(html.selectFirst(".draft-mark"));
    assertTrue(cli.out().contains("对照上年数据：qingshuihe-2020.yaml"), cli.out());
    assertTrue(cli.out().contains("已生成 " + dir.resolve("qingshuihe-2021.html")), cli.out());
  }

  @Test
  void badDataExitsTwoWithPositionedMessagesAndWritesNothing() {
    Path out = dir.resolve("out");
    assertEquals(2, cli.run("preview", "src/test/resources/binder-cases/negative-count.yaml", "-o", out.toString()));
    assertFalse(Files.exists(out));
    assertEquals("negative-count.yaml:9:21: 表三 “（三）不予公开 / 1.属于国家秘密” 自然人: 应为非负整数，实际为 “-1”\n"
        + "negative-count.yaml: 共 1 处问题，未生成预览。\n", cli.err());
  }

  @Test
  void badDataLeavesTheEarlierPreviewUntouched() throws Exception {
    Path data = dir.resolve("report.yaml");
    Files.copy(Path.of("examples/hancongou-2020.yaml"), data);
    assertEquals(0, cli.run("preview", data.toString(), "-o", dir.toString()), cli.err());
    byte[] before = Files.readAllBytes(dir.resolve("report.html"));
    Files.writeString(data, Files.readString(data).replace("机关: 寒葱沟镇人民政府", "机关: [寒葱沟镇人民政府]"));
    assertEquals(2, cli.run("preview", data.toString(), "-o", dir.toString()));
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("report.html")));
    assertEquals(List.of(".nianbao.lock", "report.html", "report.yaml"), fileNames(dir));
  }

  @Test
  void anInconsistentReportGivesADraftPreviewWithTheFindingsOnStderrAndExitsOne() throws Exception {
    assertEquals(1, cli.run("preview", CASES + "c1-carried-forward-does-not-balance.yaml", "-o", dir.toString()));
    Document html = read(dir.resolve("c1-carried-forward-does-not-balance.html"));
    assertNotNull(html.selectFirst(".draft-mark"));
    assertTrue(cli.err().contains("c1-carried-forward-does-not-balance.yaml:14:80: 错误 C1: 表三 总计列："
        + "一、本年新收(12) + 二、上年结转(1) ≠ （七）总计(11) + 四、结转下年度继续办理(1)（涉及第 14、15、42、43 行）\n"), cli.err());
    assertTrue(cli.err().endsWith("c1-carried-forward-does-not-balance.yaml: 2 处错误，0 处警告，预览已标为“草稿”。\n"),
        cli.err());
  }

  @Test
  void warningsAreShownButTheFinalPreviewHasNoMarkAndExitsZero() throws Exception {
    assertEquals(0, cli.run("preview", CASES + "c8-published-total-below-new.yaml", "-o", dir.toString()));
    assertTrue(cli.err().contains("警告 C8"), cli.err());
    assertNull(read(dir.resolve("c8-published-total-below-new.html")).selectFirst(".draft-mark"));
  }

  @Test
  void helpListsTheExitCodesInChinese() {
    assertEquals(0, cli.run("preview", "--help"));
    assertTrue(cli.out().contains("退出码："), cli.out());
    assertTrue(cli.out().contains("1   已生成预览，但数字核对发现错误"), cli.out());
    assertTrue(cli.out().contains("<数据文件>"), cli.out());
  }

  @Test
  void theTopLevelHelpListsPreview() {
    assertEquals(0, cli.run("--help"));
    assertTrue(cli.out().contains("preview"), cli.out());
  }

  private static Document read(Path file) throws Exception {
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<String> fileNames(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
