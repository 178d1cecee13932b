package cn.nianbao.model;

import cn.nianbao.model.GridCell.Kind;
import cn.nianbao.model.TablesFile.Column;
import cn.nianbao.model.TablesFile.TableShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table set as bands (表二): each band is a title row across the table, a header row (the row
 * heading, then the band's column labels) and its value rows (row label, then one cell per column).
 * Bands may split the value columns differently but must cover the same number of grid columns.
 */
final class BandedTable {
  private static final Set<String> BAND = Set.of("label", "columns", "rows");
  private static final Set<String> ROW = Set.of("key", "label");

  private BandedTable() {}

  static TableShape read(DefinitionNode t) {
    for (String other : List.of("corner", "columns", "rows")) {
      if (t.get(other) != null) {
        throw DefinitionNode.wrong(t.where(), "a table with bands has no \"" + other + "\"");
      }
    }
    String rowHeader = t.required("row_header").text();
    List<RowSpec> rows = new ArrayList<>();
    List<List<GridCell>> grid = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    int width = -1;
    for (DefinitionNode band : t.required("bands").list()) {
      band.attributes(BAND);
      String title = band.required("label").text();
      List<Column> columns = band.required("columns").list().stream().map(Column::read).toList();
      int w = 1 + columns.stream().mapToInt(Column::span).sum();
      if (width >= 0 && w != width) {
        throw DefinitionNode.wrong(band.where(), "covers " + w + " grid columns, earlier bands " + width);
      }
      width = w;
      grid.add(List.of(new GridCell(Kind.BAND, title, 1, w, 0, null)));
      List<GridCell> header = new ArrayList<>(List.of(new GridCell(Kind.HEADER, rowHeader, 1, 1, 0, null)));
      placeColumns(columns, (c, at) -> header.add(new GridCell(Kind.HEADER, c.header(), 1, c.span(), at, null)));
      grid.add(header);
      for (DefinitionNode r : band.required("rows").list()) {
        String key = r.isText() ? r.text() : r.attributes(ROW).required("key").text();
        String label = r.isText() ? key : r.text("label", key);
        RowSpec row = new RowSpec(List.of(key), title + " / " + label,
            columns.stream().map(Column::spec).toList());
        rows.add(row);
        labels.put(key, label);
        List<GridCell> cells = new ArrayList<>(List.of(new GridCell(Kind.ROW, label, 1, 1, 0, null)));
        placeColumns(columns, (c, at) -> cells.add(new GridCell(Kind.VALUE, "", 1, c.span(), at,
            new CellRef(row.key(), c.spec().key()))));
        grid.add(cells);
      }
    }
    return new TableShape(rows, 0, width, grid, labels);
  }

  /** Calls {@code place} for each column with the grid column it starts in, after the row label. */
  private static void placeColumns(List<Column> columns, java.util.function.ObjIntConsumer<Column> place) {
    int at = 1;
    for (Column c : columns) {
      place.accept(c, at);
      at += c.span();
    }
  }
}
