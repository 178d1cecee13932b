package cn.nianbao.model;

import java.util.List;

/**
 * A value row of an official table.
 *
 * @param path    the keys leading to the row in the data file, e.g. [本年度办理结果, 不予公开, 属于国家秘密]
 * @param label   the official row label as messages quote it, e.g. {@code （三）不予公开 / 1.属于国家秘密}
 * @param columns the row's value columns, left to right
 */
public record RowSpec(List<String> path, String label, List<ColumnSpec> columns) {
  public RowSpec {
    path = List.copyOf(path);
    columns = List.copyOf(columns);
  }

  /** The row's key: its path joined with {@code /}. */
  public String key() {
    return String.join("/", path);
  }

  /** The column with this key, or null. */
  public ColumnSpec column(String columnKey) {
    return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst().orElse(null);
  }
}
