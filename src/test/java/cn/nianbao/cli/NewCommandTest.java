package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.Report;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.TableSchema;
import cn.nianbao.validate.Checker;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.validate.Findings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  private static final Path CASES = Path.of("src/test/resources/new-cases");
  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void aFreshFileHasEveryKeyAndChecksWithOnlyBlankAndEmptyErrors() throws Exception {
    Path file = dir.resolve("shiyan-2023.yaml");
    assertEquals(0, cli.run("new", file.toString(), "--机关", "示例县实验镇人民政府", "--年度", "2023"), cli.err());
    Report report = ReportBinder.bind(file);
    assertEquals("示例县实验镇人民政府", report.organization());
    assertEquals(2023, report.year());
    Findings findings = Checker.check(report);
    assertEquals(Set.of("BLANK", "EMPTY"), rules(findings.findings()));
    assertEquals(findings.findings(), findings.errors());
    List<String> empty = findings.findings().stream().filter(f -> f.code().equals("EMPTY"))
        .map(Diagnostic::message).toList();
    assertEquals(4, empty.size());
    assertTrue(empty.stream().allMatch(m -> m.contains("未填写")), empty.toString());
    // each at the line of its own key, where the clerk writes it
    List<String> lines = Files.readAllLines(file);
    for (Diagnostic d : findings.findings()) {
      if (d.code().equals("EMPTY")) {
        String key = d.message().startsWith("落款") ? "  日期:"
            : d.message().substring(2, d.message().indexOf(' ')) + ":";
        assertTrue(lines.get(d.span().startLine() - 1).startsWith(key), d.toString());
      }
    }
    // every cell of every table is there, each on its own line with the official name beside it
    String text = Files.readString(file);
    for (TableSchema table : OfficialTables.all(report.format())) {
      assertTrue(text.contains(table.dataKey() + ":"), table.dataKey());
      for (RowSpec row : table.rows()) {
        String leaf = row.path().get(row.path().size() - 1);
        assertTrue(text.contains(leaf), leaf);
      }
    }
    assertTrue(text.contains("      \"危及“三安全一稳定”\":"), "a key with quotes is quoted");
    assertTrue(text.contains("# 申请人情况 / 法人或其他组织 / 商业企业"));
    assertTrue(text.contains("本年收费金额（单位：万元）"));
    assertTrue(cli.out().contains("已生成 " + file), cli.out());
  }

  @Test
  void everyBlankCellOfTheFreshFileIsReportedSoNoneIsMissing() throws Exception {
    Path file = dir.resolve("a-2020.yaml");
    assertEquals(0, cli.run("new", file.toString(), "--organization", "甲镇人民政府", "--year", "2020"));
    Report report = ReportBinder.bind(file);
    long rows = OfficialTables.all(report.format()).stream().mapToLong(t -> t.rows().size()).sum();
    long blank = Checker.check(report).findings().stream().filter(f -> f.code().equals("BLANK")).count();
    // every value row but table 三's （七）总计 (derived from the others) is wholly blank
    assertEquals(rows - 1, blank);
    assertTrue(Files.readString(file).contains("其他对外管理服务事项:"), "2020 uses the 2019 format");
  }

  @Test
  void fromA2022ReportCarriesWhatItDeterminesAndPassesC5() throws Exception {
    Path last = CASES.resolve("qingshuihe-2022.yaml");
    Path file = dir.resolve("qingshuihe-2023.yaml");
    assertEquals(0, cli.run("new", file.toString(), "--from", last.toString()), cli.err());
    Report previous = ReportBinder.bind(last);
    Report report = ReportBinder.bind(file);
    assertEquals(previous.organization(), report.organization());
    assertEquals(2023, report.year());
    assertEquals(previous.opening(), report.opening());
    assertEquals(previous.signOff().get().signer(), report.signOff().get().signer());
    assertEquals(null, report.signOff().get().date(), "the new date is left to the clerk");
    int carried = 0;
    for (ColumnSpec c : report.requests().schema().row(OfficialTables.CARRIED_IN_ROW).columns()) {
      CellValue now = report.requests().get(OfficialTables.CARRIED_IN_ROW, c.key()).orElseThrow();
      CellValue before = previous.requests().get(OfficialTables.CARRIED_OUT_ROW, c.key()).orElseThrow();
      assertEquals(0, now.number().compareTo(before.number()), c.key());
      carried++;
    }
    assertEquals(7, carried);
    Findings findings = Checker.check(report, previous);
    assertFalse(rules(findings.findings()).contains("C5"), findings.findings().toString());
    assertEquals(Set.of("BLANK", "EMPTY"), rules(findings.errors()));
    // the 引言 is carried with last year's 统计期限 in it, for the clerk to change: S3 says so
    assertEquals(Set.of("S3"), rules(findings.warnings()));
    String text = Files.readString(file);
    assertTrue(text.contains("# 现行有效件数；2022年末为 17，"), "C7 reminder");
    assertTrue(cli.out().contains("沿用 qingshuihe-2022.yaml（2022年度）："), cli.out());
    assertTrue(cli.out().contains("表三 “二、上年结转政府信息公开申请数量” 取自上年 “四、结转下年度继续办理”（7 格）"), cli.out());
  }

  @Test
  void fromA2019ReportGivesA2020FilePassingC5AndC6() throws Exception {
    Path last = CASES.resolve("qingshuihe-2019.yaml");
    Path file = dir.resolve("qingshuihe-2020.yaml");
    assertEquals(0, cli.run("new", file.toString(), "--from", last.toString(), "--年度", "2020"), cli.err());
    Report previous = ReportBinder.bind(last);
    Report report = ReportBinder.bind(file);
    // 行政许可: 18 + 2; 其他对外管理服务事项: 25 − 1; 行政事业性收费: 3 − 1
    assertEquals(new BigDecimal(20), report.activeDisclosure().get("行政许可", "上一年项目数量").orElseThrow().number());
    assertEquals(new BigDecimal(24),
        report.activeDisclosure().get("其他对外管理服务事项", "上一年项目数量").orElseThrow().number());
    assertEquals(new BigDecimal(2), report.activeDisclosure().get("行政事业性收费", "上一年项目数量").orElseThrow().number());
    Findings findings = Checker.check(report, previous);
    Set<String> rules = rules(findings.findings());
    assertFalse(rules.contains("C5") || rules.contains("C6"), findings.findings().toString());
    assertEquals(Set.of("BLANK", "EMPTY"), rules(findings.errors()));
    assertTrue(cli.out().contains("“上一年项目数量” = 上年 上一年项目数量 + 本年增/减（5 格）"), cli.out());
  }

  @Test
  void from2020To2021SaysWhatItDidNotCarry() throws Exception {
    Path last = Path.of("examples/qingshuihe-2020.yaml");
    Path file = dir.resolve("qingshuihe-2021.yaml");
    assertEquals(0, cli.run("new", file.toString(), "--from", last.toString()), cli.err());
    Report report = ReportBinder.bind(file);
    Findings findings = Checker.check(report, ReportBinder.bind(last));
    assertFalse(rules(findings.findings()).contains("C5"), findings.findings().toString());
    String said = cli.out();
    assertTrue(said.contains("未沿用："), said);
    assertTrue(said.contains("上年（2020年度）使用2019年版格式（试行，国办公开办函〔2019〕60号），本年使用2021年版格式"), said);
    assertTrue(said.contains("表二：两版格式的列不同"), said);
    assertTrue(said.contains("引言 中的 “国办公开办函〔2019〕60号” 没有改动"), said);
    assertTrue(report.activeDisclosure().values().isEmpty(), "nothing of table 二 carried across versions");
  }

  @Test
  void aRenamedBodyGetsLastYearsNameForTheCrossYearChecks() throws Exception {
    Path last = CASES.resolve("qingshuihe-2022.yaml");
    Path file = dir.resolve("qingshuihe-2023.yaml");
    assertEquals(0, cli.run("new", file.toString(), "--from", last.toString(), "--机关", "示例市清水河镇人民政府"));
    Report report = ReportBinder.bind(file);
    assertEquals("示例市清水河镇人民政府", report.organization());
    assertEquals("示例市清水河街道办事处", report.previousOrganization().orElseThrow());
    assertFalse(rules(Checker.check(report, ReportBinder.bind(last)).findings()).contains("C5"));
  }

  @Test
  void aFreshFileIsRefusedAsAFinalReportButMakesADraft() throws Exception {
    Path file = dir.resolve("shiyan-2023.yaml");
    assertEquals(0, cli.run("new", file.toString(), "--机关", "示例县实验镇人民政府", "--年度", "2023"));
    Path out = dir.resolve("out");
    assertEquals(1, cli.run("render", file.toString(), "-o", out.toString()));
    assertFalse(Files.exists(out));
    assertTrue(cli.err().contains("错误 EMPTY: 一、总体情况 未填写"), cli.err());
    assertEquals(0, cli.run("render", file.toString(), "--draft", "-o", out.toString()), cli.err());
    assertTrue(Files.size(out.resolve("shiyan-2023.pdf")) > 0);
    assertTrue(Files.size(out.resolve("shiyan-2023.docx")) > 0);
  }

  @Test
  void anExistingFileIsLeftAlone() throws Exception {
    Path file = dir.resolve("x-2023.yaml");
    Files.writeString(file, "机关: 已有\n");
    assertEquals(2, cli.run("new", file.toString(), "--机关", "甲", "--年度", "2023"));
    assertEquals("机关: 已有\n", Files.readString(file));
    assertTrue(cli.err().contains("文件已存在，未改动（要覆盖请加 --force）"), cli.err());
  }

  @Test
  void withoutLastYearTheBodyAndYearAreAskedFor() {
    assertEquals(2, cli.run("new", dir.resolve("y.yaml").toString(), "--年度", "2023"));
    assertTrue(cli.err().contains("请用 --机关 给出机关全称"), cli.err());
    assertEquals(2, cli.run("new", dir.resolve("y.yaml").toString(), "--机关", "甲"));
    assertTrue(cli.err().contains("请用 --年度 给出报告年度"), cli.err());
    assertEquals(2, cli.run("new", dir.resolve("y.yaml").toString(), "--from",
        CASES.resolve("qingshuihe-2022.yaml").toString(), "--年度", "2025"));
    assertTrue(cli.err().contains("--from 给出的是2022年度的数据，本年应为2023年度"), cli.err());
    assertFalse(Files.exists(dir.resolve("y.yaml")));
  }

  private static Set<String> rules(List<Diagnostic> findings) {
    return findings.stream().map(Diagnostic::code).collect(Collectors.toSet());
  }
}
