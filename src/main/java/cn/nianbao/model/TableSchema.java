package cn.nianbao.model;

import java.util.List;

/**
 * The value cells of one official table in one format version: its rows (with their columns) and
 * the totals it defines. Fixed wording and layout live in the templates; this is what the data
 * file may say and what the numbers mean.
 *
 * @param name    how messages name the table, e.g. 表三
 * @param dataKey the table's key at the top level of a data file, e.g. 收到和处理政府信息公开申请
 * @param rows    value rows, top to bottom
 * @param sums    total cells and their addends
 */
public record TableSchema(String name, String dataKey, List<RowSpec> rows, List<SumRule> sums) {
  public TableSchema {
    rows = List.copyOf(rows);
    sums = List.copyOf(sums);
  }

  /** The row with this key (path joined with {@code /}), or null. */
  public RowSpec row(String rowKey) {
    return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst().orElse(null);
  }

  /** True when (row, column) is a value cell of this table. */
  public boolean hasCell(CellRef cell) {
    RowSpec row = row(cell.row());
    return row != null && row.column(cell.column()) != null;
  }

  /** How messages name a cell: {@code 表三 “（三）不予公开 / 1.属于国家秘密” 自然人}. */
  public String describe(CellRef cell) {
    RowSpec row = row(cell.row());
    return name + " “" + row.label() + "” " + row.column(cell.column()).label();
  }
}
