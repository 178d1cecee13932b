package cn.nianbao.diagnostic;

import java.util.Objects;

/**
 * One value cell of a statistical table, by data keys: the table ({@code 主动公开} / {@code
 * 收到和处理申请} / {@code 复议诉讼}, the data file's own table keys), the row path (keys joined
 * with {@code /}) and the column key.
 */
public record CellAddress(String table, String row, String column) {
  public CellAddress {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
  }

  /** {@code table/row/column}: a stable id for JSON and HTML attributes. */
  public String id() {
    return table + "/" + row + "/" + column;
  }
}
