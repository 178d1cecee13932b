package cn.nianbao.importer;

/**
 * Where something stood in the published file, as messages name it: {@code 第12行},
 * {@code 第2个表格第3行第4格}, {@code 第3页}.
 */
public record Place(String where) {
  /** A line of a text file, from 1. */
  public static Place line(int line) {
    return new Place("第" + line + "行");
  }

  /** A cell of the n-th table (from 1), its row and cell (from 1). */
  public static Place cell(Place table, int row, int cell) {
    return new Place(table.where + "第" + row + "行第" + cell + "格");
  }

  @Override
  public String toString() {
    return where;
  }
}
