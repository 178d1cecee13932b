package cn.nianbao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid positions of a table's cells, computed from the rows and spans. Renderers use it to
 * write merges: every grid slot is covered by exactly one {@link Placed} cell.
 */
public final class TableLayout {
  /** A cell and the grid row and column of its top-left corner (0-based). */
  public record Placed(Cell cell, int row, int column) {
    /** True when this cell starts at the given slot. */
    public boolean startsAt(int r, int c) {
      return row == r && column == c;
    }

    /** Last grid row covered, inclusive. */
    public int lastRow() {
      return row + cell.rowSpan() - 1;
    }
  }

  private final Placed[][] slots;
  private final List<Placed> cells;

  private TableLayout(Placed[][] slots, List<Placed> cells) {
    this.slots = slots;
    this.cells = List.copyOf(cells);
  }

  static TableLayout of(int columns, List<Row> rows) {
    Placed[][] slots = new Placed[rows.size()][columns];
    List<Placed> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Cell cell : rows.get(r).cells()) {
        while (c < columns && slots[r][c] != null) {
          c++;
        }
        Placed placed = new Placed(cell, r, c);
        cover(slots, placed, columns);
        cells.add(placed);
        c += cell.colSpan();
      }
      requireFull(slots[r], r);
    }
    return new TableLayout(slots, cells);
  }

  private static void cover(Placed[][] slots, Placed p, int columns) {
    int lastCol = p.column() + p.cell().colSpan() - 1;
    if (lastCol >= columns) {
      throw new IllegalArgumentException(String.format(
          "Row %d: cell \"%s\" at column %d spans to column %d, table has %d columns",
          p.row() + 1, p.cell().text(), p.column() + 1, lastCol + 1, columns));
    }
    if (p.lastRow() >= slots.length) {
      throw new IllegalArgumentException(String.format(
          "Row %d: cell \"%s\" spans down to row %d, table has %d rows",
          p.row() + 1, p.cell().text(), p.lastRow() + 1, slots.length));
    }
    for (int r = p.row(); r <= p.lastRow(); r++) {
      for (int c = p.column(); c <= lastCol; c++) {
        if (slots[r][c] != null) {
          throw new IllegalArgumentException(String.format(
              "Row %d: cell \"%s\" overlaps cell \"%s\" at row %d, column %d",
              p.row() + 1, p.cell().text(), slots[r][c].cell().text(), r + 1, c + 1));
        }
        slots[r][c] = p;
      }
    }
  }

  private static void requireFull(Placed[] row, int r) {
    int covered = 0;
    for (Placed p : row) {
      covered += p == null ? 0 : 1;
    }
    if (covered != row.length) {
      throw new IllegalArgumentException(String.format(
          "Row %d covers %d of %d columns", r + 1, covered, row.length));
    }
  }

  /** The cell covering grid slot (row, column), 0-based. */
  public Placed at(int row, int column) {
    return slots[row][column];
  }

  /** Every cell with its position, in row-major order of their top-left corners. */
  public List<Placed> cells() {
    return cells;
  }

  public int rowCount() {
    return slots.length;
  }

  public int columnCount() {
    return slots.length == 0 ? 0 : slots[0].length;
  }
}
