package cn.nianbao.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.model.CellValue;
import cn.nianbao.model.Report;
import cn.nianbao.model.ValueType;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NotApplicableCellsTest {
  private static Report bind(String tables) throws Exception {
    String yaml = "机关: 测试镇人民政府\n年度: 2021\n总体情况:\n  - 段落: [无。]\n"
        + "主动公开政府信息情况: {}\n" + tables
        + "存在的主要问题及改进情况:\n  - 段落: [无。]\n其他需要报告的事项:\n  - 段落: [无。]\n";
    return ReportBinder.bind("t.yaml", new StringReader(yaml), false);
  }

  @Test
  void slashAndTheWordMarkACellNotApplicableAndPrintAsSlash() throws Exception {
    Report report = bind("收到和处理政府信息公开申请情况: {}\n"
        + "政府信息公开行政复议、行政诉讼情况:\n  行政复议: {结果维持: 2, 结果纠正: /, 其他结果: 不适用, 尚未审结: 0}\n");
    CellValue slash = report.appeals().get("行政复议", "结果纠正").orElseThrow();
    assertTrue(slash.notApplicable());
    assertEquals(8, slash.span().startLine());
    assertEquals("/", slash.text(ValueType.COUNT));
    assertTrue(report.appeals().get("行政复议", "其他结果").orElseThrow().notApplicable());
  }

  @Test
  void aDerivedTotalLeavesNotApplicableAddendsOut() throws Exception {
    Report report = bind("收到和处理政府信息公开申请情况: {}\n"
        + "政府信息公开行政复议、行政诉讼情况:\n  行政复议: {结果维持: 2, 结果纠正: /, 其他结果: 不适用, 尚未审结: 0}\n");
    assertEquals("2", report.appeals().get("行政复议", "总计").orElseThrow().text(ValueType.COUNT));
  }

  @Test
  void aTotalOfOnlyNotApplicableCellsIsNotApplicable() throws Exception {
    Report report = bind("收到和处理政府信息公开申请情况: {}\n"
        + "政府信息公开行政复议、行政诉讼情况:\n  行政复议: {结果维持: /, 结果纠正: /, 其他结果: /, 尚未审结: /}\n");
    CellValue total = report.appeals().get("行政复议", "总计").orElseThrow();
    assertTrue(total.notApplicable() && total.derived());
  }
}
