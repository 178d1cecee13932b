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

/** Batches: several files or a folder, the summary at the end, and skipping last year knowingly. */
class RenderBatchTest {
  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void aFolderIsRenderedIntoTheSameRelativePathsAndTheSummaryNamesTheBadFile() throws Exception {
    Path in = dir.resolve("报告");
    Files.createDirectories(in.resolve("清水河"));
    Files.createDirectories(in.resolve("寒葱沟/.备份"));
    Files.copy(Path.of("examples/qingshuihe-2020.yaml"), in.resolve("清水河/qingshuihe-2020.yaml"));
    Files.copy(Path.of("examples/qingshuihe-2021.yaml"), in.resolve("清水河/qingshuihe-2021.yaml"));
    Files.copy(Path.of("examples/hancongou-2020.yaml"), in.resolve("寒葱沟/hancongou-2020.yaml"));
    Files.copy(Path.of("src/test/resources/binder-cases/negative-count.yaml"), in.resolve("寒葱沟/bad.yaml"));
    Files.copy(Path.of("examples/hancongou-2020.yaml"), in.resolve("寒葱沟/.备份/old.yaml"));
    Files.writeString(in.resolve("寒葱沟/说明.txt"), "不是数据文件");
    Path out = dir.resolve("输出");

    assertEquals(2, cli.run("render", in.toString(), "-o", out.toString()));

    assertEquals(List.of("寒葱沟/.nianbao.lock", "寒葱沟/hancongou-2020.docx",
        "寒葱沟/hancongou-2020.pdf", "寒葱沟/nianbao-manifest.json", "清水河/.nianbao.lock",
        "清水河/nianbao-manifest.json", "清水河/qingshuihe-2020.docx", "清水河/qingshuihe-2020.pdf",
        "清水河/qingshuihe-2021.docx", "清水河/qingshuihe-2021.pdf"), files(out));
    String said = cli.out();
    assertTrue(said.contains("[4/4] "), said);
    assertTrue(said.endsWith("共 4 个数据文件：已生成 3 个，1 个未生成：\n  " + in.resolve("寒葱沟/bad.yaml")
        + ": 数据文件有 1 处问题，第一处：bad.yaml:9:21: 表三 “（三）不予公开 / 1.属于国家秘密” 自然人: 应为非负整数，"
        + "实际为 “-1”\n"), said);
  }

  @Test
  void severalFilesEndWithASummaryEvenWhenAllAreWritten() {
    assertEquals(0, cli.run("render", "examples/qingshuihe-2020.yaml", "examples/qingshuihe-2021.yaml",
        "-o", dir.toString()));
    assertTrue(cli.out().endsWith("共 2 个数据文件：已生成 2 个。\n"), cli.out());
  }

  @Test
  void aFileWhoseNumbersDoNotReconcileIsListedWithTheCountOfErrors() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(Path.of("src/test/resources/check-cases/c2-row-total-differs.yaml"), in.resolve("c2.yaml"));
    Files.copy(Path.of("examples/hancongou-2020.yaml"), in.resolve("hancongou-2020.yaml"));
    assertEquals(1, cli.run("render", in.toString(), "-o", dir.resolve("out").toString()));
    assertTrue(cli.out().contains("共 2 个数据文件：已生成 1 个，1 个未生成：\n  " + in.resolve("c2.yaml")
        + ": 数字核对有 2 处错误\n"), cli.out());
  }

  @Test
  void aBatchOnEveryCoreWritesAndPrintsWhatOneAfterAnotherDoes() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (String name : List.of("qingshuihe-2020", "qingshuihe-2021", "hancongou-2020")) {
      for (String copy : List.of("a-", "b-")) {
        Files.copy(Path.of("examples/" + name + ".yaml"), in.resolve(copy + name + ".yaml"));
      }
    }
    Files.copy(Path.of("src/test/resources/binder-cases/negative-count.yaml"), in.resolve("bad.yaml"));
    Files.copy(Path.of("src/test/resources/check-cases/c2-row-total-differs.yaml"), in.resolve("c2.yaml"));

    CliRun sequential = new CliRun();
    CliRun parallel = new CliRun();
    Path one = dir.resolve("one-thread");
    Path three = dir.resolve("three-threads");
    assertEquals(2, withThreads(1, () -> sequential.run("render", in.toString(), "-o", one.toString())));
    assertEquals(2, withThreads(3, () -> parallel.run("render", in.toString(), "-o", three.toString())));

    assertEquals(timesLeftOut(sequential.out().replace(one.toString(), three.toString())),
        timesLeftOut(parallel.out()));
    assertEquals(sequential.err(), parallel.err());
    assertTrue(parallel.out().contains("[8/8] "), parallel.out());
    assertEquals(files(one), files(three));
    for (String file : files(one)) {
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(three.resolve(file)),
          file);
    }
    // the six good reports are written; the bad and the unreconciled files are not
    assertEquals(12, files(three).stream().filter(f -> f.endsWith(".pdf") || f.endsWith(".docx"))
        .count());
  }

  private static int withThreads(int threads, java.util.function.IntSupplier run) {
    System.setProperty(OrderedJobs.THREADS, Integer.toString(threads));
    try {
      return run.getAsInt();
    } finally {
      System.clearProperty(OrderedJobs.THREADS);
    }
  }

  /** The output without the seconds each report took, which differ from run to run. */
  private static String timesLeftOut(String out) {
    return out.replaceAll("完成，用时 [0-9.]+ 秒", "完成");
  }

  @Test
  void anOutputFolderInsideTheInputFolderIsNotReadBack() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("out/old"));
    Files.copy(Path.of("examples/hancongou-2020.yaml"), in.resolve("hancongou-2020.yaml"));
    Files.copy(Path.of("examples/hancongou-2020.yaml"), in.resolve("out/old/copy.yaml"));
    assertEquals(0, cli.run("render", in.toString(), "-o", in.resolve("out").toString()));
    assertTrue(Files.exists(in.resolve("out/hancongou-2020.pdf")));
    assertFalse(Files.exists(in.resolve("out/old/copy.pdf")));
  }

  @Test
  void aFolderWithoutDataFilesIsAUsageError() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    assertEquals(2, cli.run("render", dir.toString(), "-o", dir.resolve("out").toString()));
    assertTrue(cli.err().contains("所给文件夹中没有数据文件（.yaml、.yml、.json）"), cli.err());
  }

  @Test
  void noPreviousSkipsTheCrossYearChecksAndSaysSo() {
    assertEquals(0, cli.run("check", "examples/qingshuihe-2021.yaml", "--no-previous"));
    assertTrue(cli.out().startsWith("已按 --no-previous 跳过跨年度检查（C5–C7），未对照上年数据\n"), cli.out());
    assertFalse(cli.out().contains("对照上年数据："), cli.out());
    assertEquals(2, cli.run("check", "examples/qingshuihe-2021.yaml", "--no-previous", "--previous",
        "examples/qingshuihe-2020.yaml"));
    assertTrue(cli.err().contains("--previous 和 --no-previous 不能同用"), cli.err());
  }

  @Test
  void noPreviousLetsARenderGoOnWhenLastYearsFileCannotServe() throws Exception {
    Path renamed = renamedBody(false);
    Path out = dir.resolve("out");
    assertEquals(2, cli.run("render", renamed.toString(), "-o", out.toString()));
    assertTrue(cli.err().contains("上年数据的机关为 “示例市清水河街道办事处”，与本年 “示例市清水河镇人民政府” 不同"
        + "（机关更名时，在本年数据中写 上年机关名称: 上年报告中的名称）"), cli.err());
    assertFalse(Files.exists(out));
    assertEquals(0, cli.run("render", renamed.toString(), "--no-previous", "-o", out.toString()));
    assertTrue(cli.out().contains("  已按 --no-previous 跳过跨年度检查（C5–C7），未对照上年数据\n"), cli.out());
    assertTrue(Files.exists(out.resolve("qingshuihe-2021.pdf")));
  }

  @Test
  void aRenamedBodysPreviousFileIsAcceptedWithLastYearsName() throws Exception {
    Path renamed = renamedBody(true);
    assertEquals(0, cli.run("check", renamed.toString()), cli.err());
    assertTrue(cli.out().startsWith("对照上年数据：qingshuihe-2020.yaml\n"), cli.out());
    // the cross-year checks really ran: break C5 and see it reported
    Files.writeString(renamed, Files.readString(renamed).replace(
        "上年结转政府信息公开申请数量: {自然人: 6,", "上年结转政府信息公开申请数量: {自然人: 7,"));
    assertEquals(1, cli.run("check", renamed.toString()));
    assertTrue(cli.out().contains("错误 C5: 表三 自然人列"), cli.out());
  }

  /** qingshuihe-2021 of a body renamed since 2020, beside its 2020 file; with or without 上年机关名称. */
  private Path renamedBody(boolean saysSo) throws Exception {
    Files.copy(Path.of("examples/qingshuihe-2020.yaml"), dir.resolve("qingshuihe-2020.yaml"));
    String text = Files.readString(Path.of("examples/qingshuihe-2021.yaml")).replace(
        "机关: 示例市清水河街道办事处", "机关: 示例市清水河镇人民政府"
            + (saysSo ? "\n上年机关名称: 示例市清水河街道办事处" : ""));
    Path file = dir.resolve("qingshuihe-2021.yaml");
    Files.writeString(file, text);
    return file;
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }
}
