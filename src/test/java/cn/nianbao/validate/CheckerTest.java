package cn.nianbao.validate;

import cn.nianbao.diagnostic.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.BindingException;
import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.Report;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static Report bind(String path) throws Exception {
    return ReportBinder.bind(Path.of(path));
  }

  private static Report checkCase(String name) throws Exception {
    return bind("src/test/resources/check-cases/" + name + ".yaml");
  }

  private static List<String> rules(Findings findings) {
    return findings.findings().stream().map(Diagnostic::code).toList();
  }

  @Test
  void theBundledExamplesReconcileIncludingAcrossYears() throws Exception {
    assertEquals(List.of(), Checker.check(bind("examples/hancongou-2020.yaml")).findings());
    assertEquals(List.of(), Checker.check(bind("examples/qingshuihe-2020.yaml")).findings());
    Findings chained = Checker.check(bind("examples/qingshuihe-2021.yaml"), bind("examples/qingshuihe-2020.yaml"));
    assertEquals(List.of(), chained.findings());
    assertFalse(chained.hasErrors());
  }

  @Test
  void everyProblemOfAReportWithSeveralFaultsIsReportedInOneRun() throws Exception {
    Findings findings = Checker.check(checkCase("several-faults"));
    assertEquals(List.of("BLANK", "C2", "C2", "C3", "C3", "C4", "C9"), rules(findings));
    assertEquals(6, findings.errors().size());
    assertEquals(1, findings.warnings().size());
  }

  @Test
  void aBlankApplicantCellIsAnErrorAndIsNeverReadAsZero() throws Exception {
    Report report = checkCase("blank-applicant-cell");
    // read as 0, the row would break C2 and its column C1 and C3; it is only reported as blank
    assertEquals(List.of("BLANK"), rules(Checker.check(report)));
    assertTrue(report.requests().get("本年度办理结果/予以公开", "自然人").isEmpty());
  }

  @Test
  void aTotalColumnLeftOutIsDerivedFromTheApplicantsNotReadAsZero() throws Exception {
    Report report = checkCase("blank-total-column-is-derived");
    assertEquals(List.of(), Checker.check(report).findings());
    assertEquals(new BigDecimal(12), report.requests().get("本年新收政府信息公开申请数量", "总计").orElseThrow().number());
  }

  @Test
  void notApplicableCellsAreLeftOutOfSums() throws Exception {
    Report report = checkCase("not-applicable-cells");
    assertTrue(report.requests().get("本年度办理结果/部分公开", "科研机构").orElseThrow().notApplicable());
    assertEquals(List.of(), Checker.check(report).findings());
  }

  @Test
  void aNegativeChangeIsAcceptedButANegativeCountIsRejectedWhenBinding() throws Exception {
    Report report = checkCase("negative-change-is-allowed");
    assertEquals(-1, report.activeDisclosure().get("其他对外管理服务事项", "本年增/减").orElseThrow().number().intValue());
    assertEquals(List.of(), Checker.check(report).findings());
    // C10 is enforced by the binder: the report never reaches the checker
    assertThrows(BindingException.class, () -> bind("src/test/resources/binder-cases/negative-count.yaml"));
  }

  @Test
  void aPreviousYearInTheOtherFormatRunsOnlyC5AndSaysSo() throws Exception {
    Findings findings = Checker.check(checkCase("valid-2021"), checkCase("valid-2021.previous"));
    assertEquals(List.of("上年（2020年度）报告使用2019年版格式（试行，国办公开办函〔2019〕60号），本年使用2021年版格式"
        + "（国办公开办函〔2021〕30号）：跨年度只检查 C5，C6、C7 不适用，已跳过"), findings.notes());
  }

  @Test
  void aPreviousReportOfAnotherYearOrBodyIsRefused() throws Exception {
    Report report = checkCase("valid-2021");
    assertEquals(Optional.of("上年数据应为2020年度，实际为2021年度"),
        Checker.previousMismatch(report, report));
    Report otherBody = bind("examples/qingshuihe-2020.yaml");
    assertEquals(Optional.of("上年数据的机关为 “示例市清水河街道办事处”，与本年 “测试街道办事处” 不同"
        + "（机关更名时，在本年数据中写 上年机关名称: 上年报告中的名称）"),
        Checker.previousMismatch(report, otherBody));
    assertThrows(IllegalArgumentException.class, () -> Checker.check(report, otherBody));
  }

  @Test
  void warningsNeverMakeAReportFail() throws Exception {
    Findings findings = Checker.check(checkCase("c8-published-total-below-new"));
    assertEquals(List.of("C8"), rules(findings));
    assertFalse(findings.hasErrors());
  }
}
