package cn.nianbao.document;

import java.util.List;

/**
 * A table with an explicit column grid. Rows list only the cells that start in them, as in HTML:
 * a cell with {@code rowSpan > 1} covers the same columns of the following rows. The constructor
 * rejects a table whose cells do not tile the grid exactly.
 *
 * @param columnWidths relative widths, one per grid column
 * @param headerRows   how many leading rows repeat at the top of each page
 * @param rows         the rows, top to bottom
 */
public record Table(List<Integer> columnWidths, int headerRows, List<Row> rows) implements Block {
  public Table {
    columnWidths = List.copyOf(columnWidths);
    rows = List.copyOf(rows);
    if (columnWidths.isEmpty() || columnWidths.stream().anyMatch(w -> w <= 0)) {
      throw new IllegalArgumentException("Column widths must be positive: " + columnWidths);
    }
    if (headerRows < 0 || headerRows > rows.size()) {
      throw new IllegalArgumentException(
          "Header rows " + headerRows + " out of range 0.." + rows.size());
    }
    TableLayout.of(columnWidths.size(), rows); // throws when the spans do not tile the grid
  }

  /** Number of grid columns. */
  public int columnCount() {
    return columnWidths.size();
  }

  /** Where each cell sits in the grid. */
  public TableLayout layout() {
    return TableLayout.of(columnWidths.size(), rows);
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
