package cn.nianbao.starter;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.SumRule;
import cn.nianbao.model.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes one statistical table as nested YAML keys in the schema's order, one cell a line, each
 * with a comment naming the official row or column. Cells are blank unless a value is carried.
 */
final class TableSkeleton {
  /** Row groups whose official label the schema's row labels do not carry. */
  private static final Map<String, String> GROUP_LABELS = Map.of(
      "本年度办理结果", "三、本年度办理结果",
      "行政诉讼", "行政诉讼");

  /** The official header bands above 表三's applicant columns. */
  private static final Map<String, String> APPLICANT_BANDS = Map.of(
      "自然人", "申请人情况 / ",
      "商业企业", "申请人情况 / 法人或其他组织 / ",
      "科研机构", "申请人情况 / 法人或其他组织 / ",
      "社会公益组织", "申请人情况 / 法人或其他组织 / ",
      "法律服务机构", "申请人情况 / 法人或其他组织 / ",
      "其他", "申请人情况 / 法人或其他组织 / ",
      "总计", "申请人情况 / ");

  private final TableSchema schema;
  private final Map<CellRef, String> values;
  private final Map<CellRef, String> notes;
  private final Set<CellRef> totals;

  /**
   * @param values cell text to write (e.g. {@code 3} or {@code /}); absent cells stay blank
   * @param notes  an extra remark for a cell's comment (e.g. last year's number)
   */
  TableSkeleton(TableSchema schema, Map<CellRef, String> values, Map<CellRef, String> notes) {
    this.schema = schema;
    this.values = values;
    this.notes = notes;
    this.totals = schema.sums().stream().map(SumRule::total).collect(Collectors.toSet());
  }

  void write(StringBuilder out, String tableComment) {
    out.append(Yaml.withComment(schema.dataKey() + ":", tableComment)).append('\n');
    List<String> open = List.of();
    for (RowSpec row : schema.rows()) {
      List<String> path = row.path();
      int same = 0;
      while (same < open.size() && same < path.size() - 1 && open.get(same).equals(path.get(same))) {
        same++;
      }
      for (int depth = same; depth < path.size() - 1; depth++) {
        String group = path.get(depth);
        line(out, depth + 1, Yaml.key(group) + ":", groupLabel(row, depth));
      }
      line(out, path.size(), Yaml.key(path.get(path.size() - 1)) + ":", rowLabel(row));
      for (ColumnSpec column : row.columns()) {
        cell(out, path.size() + 1, row, column);
      }
      open = path;
    }
  }

  private void cell(StringBuilder out, int depth, RowSpec row, ColumnSpec column) {
    CellRef ref = new CellRef(row.key(), column.key());
    String value = values.get(ref);
    boolean requests = schema.dataKey().equals(OfficialTables.REQUESTS_KEY);
    String comment = (requests ? APPLICANT_BANDS.getOrDefault(column.key(), "") : "") + column.label();
    if (totals.contains(ref)) {
      comment += "（可不填，由各项自动计算）";
    }
    if (notes.containsKey(ref)) {
      comment += "；" + notes.get(ref);
    }
    line(out, depth, Yaml.key(column.key()) + ":" + (value == null ? "" : " " + value), comment);
  }

  private static void line(StringBuilder out, int depth, String text, String comment) {
    out.append(Yaml.withComment("  ".repeat(depth) + text, comment)).append('\n');
  }

  /**
   * The official label of a row: in full for a top-level row ({@code 第二十条第（一）项 / 规章}),
   * else its last part ({@code 1.属于国家秘密}), the groups above having their own comments.
   */
  private static String rowLabel(RowSpec row) {
    String label = row.label();
    int cut = label.lastIndexOf(" / ");
    return cut < 0 || row.path().size() == 1 ? label : label.substring(cut + 3);
  }

  /** The label of the group at {@code depth} of a row's path, e.g. {@code （三）不予公开}. */
  private static String groupLabel(RowSpec row, int depth) {
    String known = GROUP_LABELS.get(row.path().get(depth));
    if (known != null) {
      return known;
    }
    String[] parts = row.label().split(" / ");
    int fromEnd = row.path().size() - 1 - depth;
    return parts.length > fromEnd ? parts[parts.length - 1 - fromEnd] : row.path().get(depth);
  }
}
