package cn.nianbao.starter;

import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.TableSchema;
import cn.nianbao.model.ValueType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The complete list of table keys of both format versions, as Markdown for the clerks' guide
 * ({@code docs/使用指南.md}, between {@link #BEGIN} and {@link #END}). Generated from the one table
 * schema, {@link OfficialTables}, so the guide cannot drift from what the binder accepts.
 */
public final class KeyList {
  /** The marker line before the generated list in the guide. */
  public static final String BEGIN = "<!-- 键名列表：以下由 cn.nianbao.starter.KeyList 生成，请勿手改 -->";
  /** The marker line after it. */
  public static final String END = "<!-- 键名列表结束 -->";

  private KeyList() {}

  /** The list for both versions, newest first, without the markers. */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    for (FormatVersion v : List.of(FormatVersion.V2021, FormatVersion.V2019)) {
      out.append("\n### ").append(v.label()).append("：").append(years(v)).append("\n");
      for (TableSchema table : OfficialTables.all(v)) {
        table(out, table);
      }
    }
    return out.toString();
  }

  private static String years(FormatVersion v) {
    return v == FormatVersion.V2021 ? "2021年度及以后的报告" : "2019、2020年度的报告";
  }

  private static void table(StringBuilder out, TableSchema table) {
    out.append("\n#### ").append(table.name()).append("（`").append(table.dataKey()).append("`）\n\n");
    List<ColumnSpec> shared = table.rows().get(0).columns();
    boolean same = table.rows().stream().allMatch(r -> r.columns().equals(shared));
    if (same) {
      out.append("每一行的列：").append(columns(shared)).append("。\n\n");
      out.append("| 行的键（按层次） | 官方行名 |\n|---|---|\n");
    } else {
      out.append("| 行的键 | 官方行名 | 列的键 |\n|---|---|---|\n");
    }
    for (RowSpec row : table.rows()) {
      out.append("| ").append(row.path().stream().map(k -> "`" + k + "`").collect(Collectors.joining(" → ")))
          .append(" | ").append(row.label());
      if (!same) {
        out.append(" | ").append(columns(row.columns()));
      }
      out.append(" |\n");
    }
  }

  /** What the official label adds to the key: {@code （单位：万元）} for 本年收费金额. */
  private static String labelBeyondKey(ColumnSpec c) {
    if (c.label().equals(c.key())) {
      return "";
    }
    return c.label().startsWith(c.key()) ? c.label().substring(c.key().length()) : "（" + c.label() + "）";
  }

  private static String columns(List<ColumnSpec> columns) {
    return columns.stream()
        .map(c -> "`" + c.key() + "`" + labelBeyondKey(c)
            + (c.type() == ValueType.CHANGE ? "（可为负数）" : "")
            + (c.type() == ValueType.AMOUNT ? "（可带小数）" : ""))
        .collect(Collectors.joining("、"));
  }
}
