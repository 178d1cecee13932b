package cn.nianbao.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.model.CellValue;
import cn.nianbao.model.Report;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OmittedTotalsTest {
  private final Report report =
      ReportBinder.bind(Path.of("src/test/resources/binder-cases/valid-signed-change-and-blanks.yaml"));

  OmittedTotalsTest() throws Exception {}

  @Test
  void aRowTotalIsDerivedWhenEveryApplicantColumnIsGiven() {
    CellValue total = report.requests().get("本年新收政府信息公开申请数量", "总计").orElseThrow();
    assertEquals(new BigDecimal(1), total.number());
    assertTrue(total.derived());
  }

  @Test
  void aTotalIsLeftBlankWhenAnyAddendIsBlank() {
    // 其他处理 gives only 自然人: its row total and the （七）总计 row cannot be implied.
    assertFalse(report.requests().get("本年度办理结果/其他处理", "总计").isPresent());
    assertFalse(report.requests().get("本年度办理结果/总计", "自然人").isPresent());
    assertFalse(report.appeals().get("行政复议", "总计").isPresent());
  }

  @Test
  void signedChangesAndDecimalAmountsKeepWhatWasWritten() {
    assertEquals(new BigDecimal(-2), report.activeDisclosure().get("行政许可", "本年增/减").orElseThrow().number());
    assertEquals("12.50",
        report.activeDisclosure().get("政府集中采购", "采购总金额").orElseThrow().number().toPlainString());
  }

  @Test
  void givenValuesRememberTheirLine() {
    CellValue v = report.activeDisclosure().get("行政许可", "上一年项目数量").orElseThrow();
    assertEquals(6, v.span().startLine());
    assertFalse(v.derived());
  }
}
