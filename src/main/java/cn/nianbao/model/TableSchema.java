package cn.nianbao.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
public final class TableSchema {
  private final String name;
  private final String dataKey;
  private final List<RowSpec> rows;
  private final List<SumRule> sums;
  /** The rows by key: every check and every cell looks its row up, many times per report. */
  private final Map<String, RowSpec> byKey = new LinkedHashMap<>();

  public TableSchema(String name, String dataKey, List<RowSpec> rows, List<SumRule> sums) {
    this.name = Objects.requireNonNull(name);
    this.dataKey = Objects.requireNonNull(dataKey);
    this.rows = List.copyOf(rows);
    this.sums = List.copyOf(sums);
    this.rows.forEach(r -> byKey.putIfAbsent(r.key(), r));
  }

  public String name() {
    return name;
  }

  public String dataKey() {
    return dataKey;
  }

  public List<RowSpec> rows() {
    return rows;
  }

  public List<SumRule> sums() {
    return sums;
  }

  /** The row with this key (path joined with {@code /}), or null. */
  public RowSpec row(String rowKey) {
    return byKey.get(rowKey);
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
