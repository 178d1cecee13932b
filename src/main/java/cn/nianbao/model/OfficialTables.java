package cn.nianbao.model;

import static cn.nianbao.model.ValueType.AMOUNT;
import static cn.nianbao.model.ValueType.CHANGE;
import static cn.nianbao.model.ValueType.COUNT;

import java.util.ArrayList;
import java.util.List;

/**
 * The value cells of tables 二, 三 and 四 in each format version, transcribed from
 * official-format.md §2–§4. Keys are the official labels without their numbering.
 */
public final class OfficialTables {
  /** Top-level data-file key of table 二. */
  public static final String ACTIVE_KEY = "主动公开政府信息情况";
  /** Top-level data-file key of table 三. */
  public static final String REQUESTS_KEY = "收到和处理政府信息公开申请情况";
  /** Top-level data-file key of table 四. */
  public static final String APPEALS_KEY = "政府信息公开行政复议、行政诉讼情况";

  /** 总计: the key of the total column (table 三, 四) and of the （七）总计 row. */
  public static final String TOTAL = "总计";
  /** Table 三 row 一、本年新收政府信息公开申请数量. */
  public static final String NEW_ROW = "本年新收政府信息公开申请数量";
  /** Table 三 row 二、上年结转政府信息公开申请数量. */
  public static final String CARRIED_IN_ROW = "上年结转政府信息公开申请数量";
  /** Table 三 row 四、结转下年度继续办理. */
  public static final String CARRIED_OUT_ROW = "结转下年度继续办理";
  /** The row of table 三 whose cells total the handling results. */
  public static final String RESULTS_TOTAL_ROW = "本年度办理结果/总计";

  private static final List<String> APPLICANTS =
      List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
  private static final List<String> OUTCOMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结");

  private OfficialTables() {}

  /** The three tables of a format version, in report order. */
  public static List<TableSchema> all(FormatVersion v) {
    return List.of(activeDisclosure(v), requests(v), appeals());
  }

  /** 表二: 主动公开政府信息情况. */
  public static TableSchema activeDisclosure(FormatVersion v) {
    List<RowSpec> rows = new ArrayList<>();
    if (v == FormatVersion.V2019) {
      List<ColumnSpec> docs = counts("本年新制作数量", "本年新公开数量", "对外公开总数量");
      List<ColumnSpec> items = List.of(count("上一年项目数量"),
          new ColumnSpec("本年增/减", "本年增/减", CHANGE), count("处理决定数量"));
      rows.add(row2("第二十条第（一）项", "规章", docs));
      rows.add(row2("第二十条第（一）项", "规范性文件", docs));
      rows.add(row2("第二十条第（五）项", "行政许可", items));
      rows.add(row2("第二十条第（五）项", "其他对外管理服务事项", items));
      rows.add(row2("第二十条第（六）项", "行政处罚", items));
      rows.add(row2("第二十条第（六）项", "行政强制", items));
      rows.add(row2("第二十条第（八）项", "行政事业性收费", items.subList(0, 2)));
      rows.add(row2("第二十条第（九）项", "政府集中采购", List.of(count("采购项目数量"),
          new ColumnSpec("采购总金额", "采购总金额", AMOUNT))));
    } else {
      List<ColumnSpec> docs = counts("本年制发件数", "本年废止件数", "现行有效件数");
      List<ColumnSpec> decisions = counts("本年处理决定数量");
      rows.add(row2("第二十条第（一）项", "规章", docs));
      rows.add(row2("第二十条第（一）项", "行政规范性文件", docs));
      rows.add(row2("第二十条第（五）项", "行政许可", decisions));
      rows.add(row2("第二十条第（六）项", "行政处罚", decisions));
      rows.add(row2("第二十条第（六）项", "行政强制", decisions));
      rows.add(row2("第二十条第（八）项", "行政事业性收费",
          List.of(new ColumnSpec("本年收费金额", "本年收费金额（单位：万元）", AMOUNT))));
    }
    return new TableSchema("表二", ACTIVE_KEY, rows, List.of());
  }

  /** 表三: 收到和处理政府信息公开申请情况. */
  public static TableSchema requests(FormatVersion v) {
    List<ColumnSpec> cols = new ArrayList<>();
    APPLICANTS.forEach(a -> cols.add(count(a)));
    cols.add(count(TOTAL));
    List<RowSpec> rows = new ArrayList<>();
    rows.add(new RowSpec(List.of(NEW_ROW), "一、本年新收政府信息公开申请数量", cols));
    rows.add(new RowSpec(List.of(CARRIED_IN_ROW), "二、上年结转政府信息公开申请数量", cols));
    List<RowSpec> results = new ArrayList<>();
    results.add(result(cols, "（一）予以公开", "予以公开"));
    results.add(result(cols, "（二）部分公开", "部分公开"));
    results.addAll(resultGroup(cols, "（三）不予公开", "不予公开", "属于国家秘密", "其他法律行政法规禁止公开",
        "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息",
        "属于行政执法案卷", "属于行政查询事项"));
    results.addAll(resultGroup(cols, "（四）无法提供", "无法提供", "本机关不掌握相关政府信息",
        "没有现成信息需要另行制作", "补正后申请内容仍不明确"));
    results.addAll(resultGroup(cols, "（五）不予处理", "不予处理", "信访举报投诉类申请", "重复申请",
        "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"));
    if (v == FormatVersion.V2019) {
      results.add(result(cols, "（六）其他处理", "其他处理"));
    } else {
      results.addAll(resultGroup(cols, "（六）其他处理", "其他处理",
          "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"));
    }
    rows.addAll(results);
    rows.add(result(cols, "（七）总计", TOTAL));
    rows.add(new RowSpec(List.of(CARRIED_OUT_ROW), "四、结转下年度继续办理", cols));

    List<SumRule> sums = new ArrayList<>();
    rows.forEach(r -> sums.add(rowTotal(r.key(), APPLICANTS)));
    for (ColumnSpec c : cols) {
      sums.add(new SumRule(new CellRef(RESULTS_TOTAL_ROW, c.key()),
          results.stream().map(r -> new CellRef(r.key(), c.key())).toList()));
    }
    return new TableSchema("表三", REQUESTS_KEY, rows, sums);
  }

  /** 表四: 政府信息公开行政复议、行政诉讼情况 (the same in both versions). */
  public static TableSchema appeals() {
    List<ColumnSpec> cols = new ArrayList<>();
    OUTCOMES.forEach(o -> cols.add(count(o)));
    cols.add(count(TOTAL));
    List<RowSpec> rows = List.of(
        new RowSpec(List.of("行政复议"), "行政复议", cols),
        new RowSpec(List.of("行政诉讼", "未经复议直接起诉"), "行政诉讼 / 未经复议直接起诉", cols),
        new RowSpec(List.of("行政诉讼", "复议后起诉"), "行政诉讼 / 复议后起诉", cols));
    List<SumRule> sums = rows.stream().map(r -> rowTotal(r.key(), OUTCOMES)).toList();
    return new TableSchema("表四", APPEALS_KEY, rows, sums);
  }

  private static SumRule rowTotal(String rowKey, List<String> parts) {
    return new SumRule(new CellRef(rowKey, TOTAL),
        parts.stream().map(p -> new CellRef(rowKey, p)).toList());
  }

  private static RowSpec row2(String band, String label, List<ColumnSpec> cols) {
    return new RowSpec(List.of(label), band + " / " + label, cols);
  }

  private static RowSpec result(List<ColumnSpec> cols, String label, String key) {
    return new RowSpec(List.of("本年度办理结果", key), label, cols);
  }

  private static List<RowSpec> resultGroup(
      List<ColumnSpec> cols, String groupLabel, String groupKey, String... items) {
    List<RowSpec> rows = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      rows.add(new RowSpec(List.of("本年度办理结果", groupKey, items[i]),
          groupLabel + " / " + (i + 1) + "." + items[i], cols));
    }
    return rows;
  }

  private static ColumnSpec count(String label) {
    return new ColumnSpec(label, label, COUNT);
  }

  private static List<ColumnSpec> counts(String... labels) {
    return java.util.Arrays.stream(labels).map(OfficialTables::count).toList();
  }
}
