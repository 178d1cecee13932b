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
 * A table whose header is a tree of columns and whose row labels are a tree of rows (表三, 表四).
 * The header has as many grid rows as the column tree is deep: a group spans its leaves, a leaf
 * reaches down to the last header row. The row labels take as many grid columns as the row tree is
 * deep: a group spans its rows in one column, a leaf reaches across to the first value column.
 * Every span follows from the tree; none is written in the definition.
 */
final class TreeTable {
  private static final Set<String> COLUMN_GROUP = Set.of("label", "row", "columns");
  private static final Set<String> ROW = Set.of("key", "label", "note", "named_in_messages", "rows");

  /** A value column under the header, with the data rows its groups name (表四). */
  private record Leaf(Column column, List<String> rowPath, List<String> rowLabels) {}

  /** A value row: its data keys and the labels that name it in messages. */
  private record Body(List<String> path, List<String> labels) {}

  private final List<List<GridCell>> grid = new ArrayList<>();
  private final List<Leaf> leaves = new ArrayList<>();
  private final List<Body> bodies = new ArrayList<>();
  private final List<GridCell> pending = new ArrayList<>();
  private final Map<String, String> printed = new LinkedHashMap<>();
  private int labelColumns;

  private TreeTable() {}

  static TableShape read(DefinitionNode t) {
    if (t.get("row_header") != null) {
      throw DefinitionNode.wrong(t.where(), "only a table with bands has \"row_header\"");
    }
    TreeTable table = new TreeTable();
    DefinitionNode rows = t.get("rows");
    table.labelColumns = rows == null ? 0 : depth(rows.list());
    int headerRows = depth(t.required("columns").list());
    for (int i = 0; i < headerRows; i++) {
      table.grid.add(new ArrayList<>());
    }
    DefinitionNode corner = t.get("corner");
    if ((corner != null) != (table.labelColumns > 0)) {
      throw DefinitionNode.wrong(t.where(), "a corner cell exactly when there are row labels");
    }
    if (corner != null) {
      table.grid.get(0).add(new GridCell(Kind.CORNER, corner.text(), headerRows, table.labelColumns, 0, null));
    }
    int width = table.header(t.required("columns").list(), 1, headerRows, table.labelColumns,
        List.of(), List.of());
    if (rows == null) {
      table.valueRow(new Body(List.of(), List.of()), List.of());
    } else {
      table.body(rows.list(), 1, List.of(), List.of());
    }
    return new TableShape(table.rowSpecs(), headerRows, width, table.grid, table.printed);
  }

  /** Lays out the header cells of {@code nodes} at {@code depth}; returns the next free grid column. */
  private int header(List<DefinitionNode> nodes, int depth, int headerRows, int at,
      List<String> rowPath, List<String> rowLabels) {
    for (DefinitionNode n : nodes) {
      if (n.isMap() && n.get("columns") != null) {
        n.attributes(COLUMN_GROUP);
        DefinitionNode row = n.get("row");
        String label = row != null ? row.text() : n.required("label").text();
        List<String> path = row == null ? rowPath : append(rowPath, row.text());
        if (row != null) {
          printed.put(String.join("/", path), label);
        }
        List<String> labels = row == null ? rowLabels : append(rowLabels, label);
        int start = at;
        at = header(n.required("columns").list(), depth + 1, headerRows, at, path, labels);
        grid.get(depth - 1).add(new GridCell(Kind.HEADER, label, 1, at - start, start, null));
        sortByColumn(grid.get(depth - 1));
      } else {
        Column c = Column.read(n);
        leaves.add(new Leaf(c, rowPath, rowLabels));
        grid.get(depth - 1).add(new GridCell(Kind.HEADER, c.header(), headerRows - depth + 1, c.span(), at, null));
        at += c.span();
      }
    }
    return at;
  }

  /** Lays out the row labels and value cells of {@code nodes} at {@code depth}, top to bottom. */
  private void body(List<DefinitionNode> nodes, int depth, List<String> path, List<String> labels) {
    for (DefinitionNode n : nodes) {
      n.attributes(ROW);
      String key = n.required("key").text();
      String label = n.required("label").text();
      DefinitionNode children = n.get("rows");
      if (children == null) {
        // A note in brackets is printed after the label but left out where messages quote it.
        String text = label + n.text("note", "");
        printed.put(String.join("/", append(path, key)), text);
        List<GridCell> labelCell = List.of(new GridCell(Kind.ROW, text, 1, labelColumns - depth + 1, depth - 1, null));
        valueRow(new Body(append(path, key), append(labels, label)), labelCell);
      } else {
        printed.put(String.join("/", append(path, key)), label);
        // The group's label starts in the row of its first value row and spans all of them.
        pending.add(new GridCell(Kind.GROUP, label, leafCount(children.list()), 1, depth - 1, null));
        body(children.list(), depth + 1, append(path, key),
            n.flag("named_in_messages", true) ? append(labels, label) : labels);
      }
    }
  }

  private void valueRow(Body body, List<GridCell> labelCells) {
    List<GridCell> cells = new ArrayList<>(pending);
    pending.clear();
    cells.addAll(labelCells);
    int at = labelColumns;
    for (Leaf leaf : leaves) {
      String row = String.join("/", concat(body.path(), leaf.rowPath()));
      cells.add(new GridCell(Kind.VALUE, "", 1, leaf.column().span(), at, new CellRef(row, leaf.column().spec().key())));
      at += leaf.column().span();
    }
    bodies.add(body);
    grid.add(cells);
  }

  /** One value row per body row and data row of the header (表四 has one body row, three data rows). */
  private List<RowSpec> rowSpecs() {
    List<RowSpec> rows = new ArrayList<>();
    for (Body body : bodies) {
      Map<List<String>, List<Leaf>> byRow = new LinkedHashMap<>();
      leaves.forEach(l -> byRow.computeIfAbsent(l.rowPath(), p -> new ArrayList<>()).add(l));
      byRow.forEach((rowPath, ls) -> rows.add(new RowSpec(concat(body.path(), rowPath),
          String.join(" / ", concat(body.labels(), ls.get(0).rowLabels())),
          ls.stream().map(l -> l.column().spec()).toList())));
    }
    return rows;
  }

  private static int depth(List<DefinitionNode> nodes) {
    int deepest = 0;
    for (DefinitionNode n : nodes) {
      DefinitionNode children = n.isMap() ? n.get(n.get("columns") != null ? "columns" : "rows") : null;
      deepest = Math.max(deepest, children == null ? 1 : 1 + depth(children.list()));
    }
    return deepest;
  }

  private static int leafCount(List<DefinitionNode> nodes) {
    int count = 0;
    for (DefinitionNode n : nodes) {
      DefinitionNode children = n.get("rows");
      count += children == null ? 1 : leafCount(children.list());
    }
    return count;
  }

  private static void sortByColumn(List<GridCell> row) {
    row.sort(java.util.Comparator.comparingInt(GridCell::column));
  }

  private static List<String> append(List<String> list, String item) {
    return concat(list, List.of(item));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
