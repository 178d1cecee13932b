package cn.nianbao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with an explicit column grid. Rows list only the cells that start in them, as in HTML:
 * a cell with {@code rowSpan > 1} covers the same columns of the following rows. The constructor
 * rejects a table whose cells do not tile the grid exactly.
 *
 * @param columnWidths relative widths, one per grid column
 * @param headerRows   how many leading rows repeat at the top of each page
 * @param rows         the rows, top to bottom
 * @param keepTogether true when the table should not be split across pages if it fits on one
 */
public record Table(List<Integer> columnWidths, int headerRows, List<Row> rows, boolean keepTogether)
    implements Block {
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

  /** A table that may be split across pages wherever a row ends. */
  public Table(List<Integer> columnWidths, int headerRows, List<Row> rows) {
    this(columnWidths, headerRows, rows, false);
  }

  /** Number of grid columns. */
  public int columnCount() {
    return columnWidths.size();
  }

  /** Where each cell sits in the grid. */
  public TableLayout layout() {
    return TableLayout.of(columnWidths.size(), rows);
  }

  /**
   * The header rows followed by body rows {@code from} (inclusive) to {@code to} (exclusive), for
   * setting a table that crosses a page break as one part per page. A cell spanning rows across
   * either edge is cut to the part; its text is repeated in every part it reaches, so a group
   * label such as {@code （三）不予公开} stays visible on the continuation page.
   */
  public Table part(int from, int to) {
    if (from < headerRows || to > rows.size() || from >= to) {
      throw new IllegalArgumentException(String.format(
          "Part rows %d..%d out of range %d..%d", from, to, headerRows, rows.size()));
    }
    TableLayout layout = layout();
    List<Row> out = new ArrayList<>();
    for (int r = 0; r < headerRows; r++) {
      out.add(clippedRow(layout, r, 0, headerRows));
    }
    for (int r = from; r < to; r++) {
      out.add(clippedRow(layout, r, from, to));
    }
    return new Table(columnWidths, headerRows, out);
  }

  /** The cells that start in grid row r of the band [top, bottom), spans cut to the band. */
  private static Row clippedRow(TableLayout layout, int r, int top, int bottom) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < layout.columnCount(); c++) {
      TableLayout.Placed p = layout.at(r, c);
      boolean starts = p.column() == c && (p.row() == r || r == top && p.row() < top);
      if (starts) {
        int span = Math.min(p.lastRow(), bottom - 1) - r + 1;
        Cell cell = p.cell();
        cells.add(new Cell(cell.text(), span, cell.colSpan(), cell.align(), cell.origin()));
      }
    }
    return new Row(cells);
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
