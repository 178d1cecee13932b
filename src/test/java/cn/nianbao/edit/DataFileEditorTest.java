package cn.nianbao.edit;

import static cn.nianbao.edit.EditCases.ACTIVE;
import static cn.nianbao.edit.EditCases.APPEALS;
import static cn.nianbao.edit.EditCases.REQUESTS;
import static cn.nianbao.edit.EditCases.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each case: {@code mixed.yaml} (or {@code mixed.json}) with the edits of
 * {@code mixed.<case>.edits} gives exactly {@code mixed.<case>.<ext>}, byte for byte, and the
 * edited file binds with every edited cell reading back as typed.
 */
class DataFileEditorTest {
  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({
      "replace-flow, yaml", // a value inside a flow row {…}
      "replace-block, yaml", // a value on its own line, a comment beside it
      "fill, yaml", // `key:` in a block row and `key: ,` in a flow row
      "insert-flow, yaml", // absent keys into flow rows: in the middle, at the end, at the start
      "insert-block, yaml", // absent keys as lines: before the first, between, after the last
      "insert-rows, yaml", // an absent row, an absent group with its row, a blank row filled
      "many, yaml", // everything above in one call, and a cell made blank, and `/`
      "many, json"})
  void editsGiveExactlyTheExpectedFile(String name, String ext) throws Exception {
    String input = EditCases.read("mixed." + ext);
    List<CellEdit> edits = EditCases.edits("mixed." + name + ".edits");
    String edited = DataFileEditor.apply(input, "mixed." + ext, edits);
    assertEquals(EditCases.read("mixed." + name + "." + ext), edited);
    EditCases.assertReadBack(edited, "mixed." + ext, edits);
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkAreKept() throws Exception {
    String input = "\uFEFF" + EditCases.read("mixed.yaml").replace("\n", "\r\n");
    List<CellEdit> edits = EditCases.edits("mixed.many.edits");
    String edited = DataFileEditor.apply(input, "mixed.yaml", edits);
    assertEquals("\uFEFF" + EditCases.read("mixed.many.yaml").replace("\n", "\r\n"), edited);
    EditCases.assertReadBack(edited, "mixed.yaml", edits);
  }

  @Test
  void aRowAddedAfterABlockRowComesAfterThatRowsOwnNewLine() throws Exception {
    String full = EditCases.read("mixed.yaml");
    int from = full.indexOf("  本年度办理结果:\n");
    int to = full.indexOf("  结转下年度继续办理:");
    String input = full.substring(0, from) + full.substring(to); // no 本年度办理结果 at all
    List<CellEdit> edits = List.of(edit(REQUESTS, "上年结转政府信息公开申请数量", "总计", "10"),
        edit(REQUESTS, "本年度办理结果/予以公开", "自然人", "1"));
    String edited = DataFileEditor.apply(input, "mixed.yaml", edits);
    assertEquals(input.replace("    其他: 1\n  结转下年度继续办理:",
        "    其他: 1\n    总计: 10\n  本年度办理结果:\n    予以公开:\n      自然人: 1\n  结转下年度继续办理:"), edited);
    EditCases.assertReadBack(edited, "mixed.yaml", edits);
  }

  @Test
  void theBundledExamplesTakeAnEditAtTheirSpanOnly() throws Exception {
    String input = java.nio.file.Files.readString(java.nio.file.Path.of("examples/qingshuihe-2021.yaml"));
    List<CellEdit> edits = List.of(edit(REQUESTS, "本年度办理结果/不予公开/危及“三安全一稳定”", "自然人", "3"),
        edit(APPEALS, "行政诉讼/复议后起诉", "总计", "5"));
    String edited = DataFileEditor.apply(input, "qingshuihe-2021.yaml", edits);
    assertEquals(input.replace("\"危及“三安全一稳定”\": {自然人: 2,", "\"危及“三安全一稳定”\": {自然人: 3,")
        .replace("复议后起诉: {结果维持: 1, 结果纠正: 1, 其他结果: 1, 尚未审结: 1, 总计: 4}",
            "复议后起诉: {结果维持: 1, 结果纠正: 1, 其他结果: 1, 尚未审结: 1, 总计: 5}"), edited);
    EditCases.assertReadBack(edited, "qingshuihe-2021.yaml", edits);
  }

  @Test
  void signedChangesAndDecimalsOfThe2019FormatAreWrittenAsTyped() throws Exception {
    String input = java.nio.file.Files.readString(java.nio.file.Path.of("examples/qingshuihe-2020.yaml"));
    List<CellEdit> edits = List.of(edit(ACTIVE, "行政许可", "本年增/减", "-3"),
        edit(ACTIVE, "行政处罚", "本年增/减", "+2"), edit(ACTIVE, "政府集中采购", "采购总金额", "186.40"));
    String edited = DataFileEditor.apply(input, "qingshuihe-2020.yaml", edits);
    assertEquals(input.replace("行政许可: {上一年项目数量: 18, 本年增/减: +2,", "行政许可: {上一年项目数量: 18, 本年增/减: -3,")
        .replace("行政处罚: {上一年项目数量: 9, 本年增/减: 0,", "行政处罚: {上一年项目数量: 9, 本年增/减: +2,")
        .replace("采购总金额: 186.4}", "采购总金额: 186.40}"), edited);
    EditCases.assertReadBack(edited, "qingshuihe-2020.yaml", edits);
  }

  @Test
  void aValueTheBinderRefusesIsRefusedWithItsMessageAtTheCellsPlace() throws Exception {
    String input = EditCases.read("mixed.yaml");
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.apply(input, "mixed.yaml",
        List.of(edit(REQUESTS, "本年新收政府信息公开申请数量", "自然人", "十二"),
            edit(ACTIVE, "行政许可", "本年处理决定数量", "-3"))));
    List<Diagnostic> d = refused.diagnostics();
    assertEquals(2, d.size());
    assertEquals("mixed.yaml:15:15: 表二 “第二十条第（五）项 / 行政许可” 本年处理决定数量: 应为非负整数，实际为 “-3”",
        d.get(0).toString());
    assertEquals("mixed.yaml:22:25: 表三 “一、本年新收政府信息公开申请数量” 自然人: 应为非负整数，实际为 “十二”",
        d.get(1).toString());
    assertEquals(new CellAddress(ACTIVE, "行政许可", "本年处理决定数量"), d.get(0).cell());
  }

  @Test
  void anAbsentCellRefusedPointsAtItsRow() throws Exception {
    String input = EditCases.read("mixed.yaml");
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.apply(input, "mixed.yaml",
        List.of(edit(REQUESTS, "结转下年度继续办理", "总计", "+13"))));
    assertEquals("mixed.yaml:35:3: 表三 “四、结转下年度继续办理” 总计: 应为非负整数，实际为 “+13”",
        refused.diagnostics().get(0).toString());
  }

  @Test
  void textThatYamlWouldReadOtherwiseIsQuotedAndJudgedByTheBinder() throws Exception {
    String input = EditCases.read("mixed.yaml");
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.apply(input, "mixed.yaml",
        List.of(edit(APPEALS, "行政复议", "结果维持", "# 3"))));
    assertTrue(refused.getMessage().contains("应为非负整数，实际为 “# 3”"), refused.getMessage());
  }

  @Test
  void aDerivedTotalIsRefusedUnlessSetToItsOwnValue() throws Exception {
    String input = EditCases.read("mixed.yaml");
    CellAddress total = new CellAddress(REQUESTS, "本年度办理结果/不予公开/属于国家秘密", "总计");
    Report report = EditCases.bind(input, "mixed.yaml");
    assertTrue(DataFileEditor.isDerived(report, total));
    assertFalse(DataFileEditor.isDerived(report, new CellAddress(APPEALS, "行政复议", "总计")));
    EditRefused refused = assertThrows(EditRefused.class,
        () -> DataFileEditor.apply(input, "mixed.yaml", List.of(new CellEdit(total, "5"))));
    assertEquals("mixed.yaml:32:7: 表三 “（三）不予公开 / 1.属于国家秘密” 总计: 这是由各项自动计算的合计，"
        + "数据文件中没有填写，不能在此直接修改；请修改相加的各项数字", refused.diagnostics().get(0).toString());
    assertEquals(input, DataFileEditor.apply(input, "mixed.yaml", List.of(new CellEdit(total, "4"))));
  }

  @Test
  void totalsAreTheSumsOfTheOfficialTables() {
    assertTrue(DataFileEditor.isDerived(FormatVersion.V2021, new CellAddress(REQUESTS, "本年度办理结果/总计", "自然人")));
    assertTrue(DataFileEditor.isDerived(FormatVersion.V2019, new CellAddress(APPEALS, "行政诉讼/复议后起诉", "总计")));
    assertFalse(DataFileEditor.isDerived(FormatVersion.V2021, new CellAddress(REQUESTS, "结转下年度继续办理", "自然人")));
    assertFalse(DataFileEditor.isDerived(FormatVersion.V2021, new CellAddress(ACTIVE, "规章", "本年制发件数")));
  }

  @Test
  void aCellNotInTheFormatIsRefused() throws Exception {
    String input = EditCases.read("mixed.yaml");
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.apply(input, "mixed.yaml",
        List.of(edit(ACTIVE, "政府集中采购", "采购项目数量", "1"))));
    assertNull(refused.diagnostics().get(0).span());
    assertTrue(refused.getMessage().contains("不在2021年版格式"), refused.getMessage());
  }

  @Test
  void aFileThatDoesNotBindIsRefusedWithTheBindersMessages() {
    String broken = "机关: 示例\n年度: 二〇二一\n";
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.apply(broken, "broken.yaml",
        List.of(edit(ACTIVE, "规章", "本年制发件数", "1"))));
    assertTrue(refused.getMessage().contains("broken.yaml:2:5: 年度: 应为四位数的年份"), refused.getMessage());
  }

  @Test
  void noEditsAndNoChangeGiveTheSameText() throws Exception {
    String input = EditCases.read("mixed.json");
    assertEquals(input, DataFileEditor.apply(input, "mixed.json", List.of()));
    // an absent cell made blank is blank already
    assertEquals(input, DataFileEditor.apply(input, "mixed.json",
        List.of(edit(REQUESTS, "本年度办理结果/部分公开", "自然人", ""))));
  }
}
