package cn.nianbao.model;

import cn.nianbao.diagnostic.Span;
import java.util.Map;

/**
 * Where a statistical table stood in the data file, for pointing at cells that have no value: the
 * table's own key, each row or row group written (by row path, keys joined with {@code /}), and
 * each cell written blank ({@code key:}, an empty span just after the colon).
 *
 * @param table  the span of the table's key; null when unknown
 * @param rows   row path (or a group's path prefix) → its key's span
 * @param blanks cells written with an empty value → their empty span
 */
public record TablePlaces(Span table, Map<String, Span> rows, Map<CellRef, Span> blanks) {
  /** A table not read from a data file. */
  public static final TablePlaces NONE = new TablePlaces(null, Map.of(), Map.of());

  public TablePlaces {
    rows = Map.copyOf(rows);
    blanks = Map.copyOf(blanks);
  }

  /**
   * Where to point for {@code cell} when it has no value of its own: its blank key, else the
   * nearest enclosing row or group that was written, else the table; null when none is known.
   */
  public Span of(CellRef cell) {
    Span blank = blanks.get(cell);
    if (blank != null) {
      return blank;
    }
    String path = cell.row();
    while (!path.isEmpty()) {
      Span row = rows.get(path);
      if (row != null) {
        return row;
      }
      int slash = path.lastIndexOf('/');
      path = slash < 0 ? "" : path.substring(0, slash);
    }
    return table;
  }
}
