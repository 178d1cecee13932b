package cn.nianbao.importer;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.GridCell;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the official tables in the grids of a published report by their labels, not by position:
 * a grid belongs to the table whose labels it shares most, a value row is found by its official
 * row label (its values are the cells after the label, left to right), table 四's value row by
 * having as many cells as the table has values. So split tables, header rows repeated by hand and
 * extra blank rows do not matter. All labels come from {@link OfficialTables}.
 */
final class TableRecogniser {
  private final Recognised out;
  private final List<TableDefinition> tables;
  private final List<Set<String>> labelTexts = new ArrayList<>();
  private final List<Map<String, RowSpec>> rowLabels = new ArrayList<>();
  private final Set<CellRef> filled = new HashSet<>();

  TableRecogniser(FormatVersion version, Recognised out) {
    this.out = out;
    this.tables = OfficialTables.definitions(version);
    for (TableDefinition t : tables) {
      Set<String> texts = new HashSet<>();
      t.grid().forEach(row -> row.stream().filter(c -> c.kind() != GridCell.Kind.VALUE)
          .forEach(c -> texts.add(Labels.norm(c.text()))));
      Map<String, RowSpec> rows = new LinkedHashMap<>();
      boolean rowLabelled = t.grid().stream().flatMap(List::stream).anyMatch(c -> c.kind() == GridCell.Kind.ROW);
      t.labels().forEach((key, label) -> {
        texts.add(Labels.norm(label));
        texts.add(Labels.norm(Labels.withoutNote(label)));
        RowSpec row = t.schema().row(key);
        if (row != null && rowLabelled) {
          rows.put(Labels.norm(label), row);
        }
      });
      labelTexts.add(texts);
      rowLabels.add(rows);
    }
  }

  /** The version whose table-二 column heads the grids show, or null when they show neither. */
  static FormatVersion versionFromHeads(List<Block.Grid> grids) {
    Map<FormatVersion, Set<String>> heads = new LinkedHashMap<>();
    for (FormatVersion v : FormatVersion.values()) {
      Set<String> h = new HashSet<>();
      OfficialTables.definitions(v).get(0).grid().forEach(row -> row.stream()
          .filter(c -> c.kind() == GridCell.Kind.HEADER).forEach(c -> h.add(Labels.norm(c.text()))));
      heads.put(v, h);
    }
    FormatVersion best = null;
    int bestScore = 0;
    for (FormatVersion v : FormatVersion.values()) {
      Set<String> own = new HashSet<>(heads.get(v));
      heads.forEach((other, h) -> {
        if (other != v) {
          own.removeAll(h);
        }
      });
      int score = 0;
      for (Block.Grid g : grids) {
        for (List<Block.Cell> row : g.rows()) {
          for (Block.Cell c : row) {
            score += own.contains(Labels.norm(c.text())) ? 1 : 0;
          }
        }
      }
      if (score > bestScore) {
        best = v;
        bestScore = score;
      }
    }
    return best;
  }

  /** Places the values of one grid. */
  void add(Block.Grid grid) {
    int which = identify(grid);
    if (which < 0) {
      for (List<Block.Cell> row : grid.rows()) {
        for (Block.Cell c : row) {
          if (!c.text().isEmpty()) {
            out.note(OfficialTables.ACTIVE_KEY, c.place(), "不属于任何一张官方统计表的表格内容 “" + c.text() + "” 未导入");
          }
        }
      }
      return;
    }
    TableDefinition table = tables.get(which);
    if (rowLabels.get(which).isEmpty()) {
      valueRowsByCount(grid, table, which);
    } else {
      rowsByLabel(grid, table, which);
    }
  }

  /**
   * Reports every official table the source does not show.
   *
   * @param intoDataFile the numbers go into an existing data file ({@code import --into}), which
   *                     keeps its own numbers of such a table, rather than into a new one left blank
   */
  void finish(boolean intoDataFile) {
    for (TableDefinition t : tables) {
      Map<CellRef, String> values = out.values.computeIfAbsent(t.schema().dataKey(), k -> new LinkedHashMap<>());
      boolean any = t.schema().rows().stream().anyMatch(r -> r.columns().stream()
          .anyMatch(c -> filled.contains(new CellRef(r.key(), c.key()))));
      if (!any) {
        out.note(t.schema().dataKey(), null, t.heading() + " 的表格在原文中没有找到，"
            + (intoDataFile ? "数据文件中这张表的数字保留原值" : "表中数字留空"));
      }
    }
  }

  private int identify(Block.Grid grid) {
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < tables.size(); i++) {
      int score = 0;
      for (List<Block.Cell> row : grid.rows()) {
        for (Block.Cell c : row) {
          String n = Labels.norm(c.text());
          if (!n.isEmpty() && (labelTexts.get(i).contains(n) || rowMatch(i, n) != null)) {
            score++;
          }
        }
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** The value row a cell's text names, exactly or with a differently worded note in brackets. */
  private RowSpec rowMatch(int table, String normText) {
    Map<String, RowSpec> rows = rowLabels.get(table);
    RowSpec exact = rows.get(normText);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, RowSpec> e : rows.entrySet()) {
      String bare = Labels.withoutNote(e.getKey());
      if (!bare.equals(e.getKey()) && (normText.equals(bare) || normText.startsWith(bare + "（"))) {
        return e.getValue();
      }
    }
    return null;
  }

  private void rowsByLabel(Block.Grid grid, TableDefinition table, int which) {
    String key = table.schema().dataKey();
    for (List<Block.Cell> row : grid.rows()) {
      int at = -1;
      RowSpec spec = null;
      for (int i = 0; i < row.size(); i++) {
        RowSpec m = rowMatch(which, Labels.norm(row.get(i).text()));
        if (m != null) {
          at = i;
          spec = m;
        }
      }
      if (spec == null) {
        unplacedCells(row, 0, which, key, null);
        continue;
      }
      String label = table.label(spec.key());
      String found = Labels.norm(row.get(at).text());
      if (!found.equals(Labels.norm(label))) {
        out.noteCell(key, new CellRef(spec.key(), spec.columns().get(0).key()), row.get(at).place(),
            "行名 “" + row.get(at).text() + "” 与官方的 “" + label + "” 不完全相同，按官方行名导入");
      }
      unplacedCells(row.subList(0, at), 0, which, key, spec);
      List<Block.Cell> cells = row.subList(at + 1, row.size());
      place(key, spec, cells);
    }
  }

  /** Puts the cells after a row label into the row's columns, left to right. */
  private void place(String table, RowSpec spec, List<Block.Cell> cells) {
    List<ColumnSpec> columns = spec.columns();
    for (int i = 0; i < cells.size(); i++) {
      Block.Cell c = cells.get(i);
      if (i >= columns.size()) {
        if (!c.text().isEmpty()) {
          out.noteCell(table, new CellRef(spec.key(), columns.get(columns.size() - 1).key()), c.place(),
              "“" + spec.label() + "” 一行多出的单元格 “" + c.text() + "” 未导入");
        }
        continue;
      }
      put(table, new CellRef(spec.key(), columns.get(i).key()), columns.get(i), c);
    }
    if (cells.size() < columns.size() && !cells.isEmpty()) {
      out.noteCell(table, new CellRef(spec.key(), columns.get(cells.size()).key()), cells.get(cells.size() - 1).place(),
          "“" + spec.label() + "” 一行只有 " + cells.size() + " 个数字单元格，应为 " + columns.size() + " 个，其余留空");
    }
  }

  private void put(String table, CellRef ref, ColumnSpec column, Block.Cell c) {
    Map<CellRef, String> values = out.values.computeIfAbsent(table, k -> new LinkedHashMap<>());
    CellText.Parsed parsed = CellText.parse(c.text(), column.type());
    if (parsed.problem() != null) {
      out.noteCell(table, ref, c.place(), parsed.problem());
    }
    if (parsed.value() == null) {
      return;
    }
    String before = values.get(ref);
    if (before != null && !before.equals(parsed.value())) {
      out.noteCell(table, ref, c.place(), "这一格在原文中出现两次：先为 " + before + "，后为 " + parsed.value() + "，取前者");
      return;
    }
    values.put(ref, parsed.value());
    filled.add(ref);
  }

  /** Cells that are neither an official label nor a placed value: listed, kept as comments. */
  private void unplacedCells(List<Block.Cell> cells, int from, int which, String table, RowSpec near) {
    for (int i = from; i < cells.size(); i++) {
      Block.Cell c = cells.get(i);
      String n = Labels.norm(c.text());
      if (n.isEmpty() || labelTexts.get(which).contains(n)) {
        continue;
      }
      String message = "表格中的 “" + c.text() + "” 不是官方表格的行名或列名，未导入";
      if (near != null) {
        out.noteCell(table, new CellRef(near.key(), near.columns().get(0).key()), c.place(), message);
      } else {
        out.note(table, c.place(), message);
      }
    }
  }

  /** Table 四: no row labels; its value row is the row with one cell per value. */
  private void valueRowsByCount(Block.Grid grid, TableDefinition table, int which) {
    String key = table.schema().dataKey();
    List<CellRef> slots = new ArrayList<>();
    Map<CellRef, ColumnSpec> columns = new HashMap<>();
    for (List<GridCell> row : table.grid().subList(table.headerRows(), table.grid().size())) {
      for (GridCell c : row) {
        if (c.kind() == GridCell.Kind.VALUE) {
          slots.add(c.value());
          columns.put(c.value(), table.schema().row(c.value().row()).column(c.value().column()));
        }
      }
    }
    for (List<Block.Cell> row : grid.rows()) {
      boolean labelled = row.stream().anyMatch(c -> {
        String n = Labels.norm(c.text());
        return !n.isEmpty() && labelTexts.get(which).contains(n);
      });
      if (labelled) {
        unplacedCells(row, 0, which, key, null);
        continue;
      }
      List<Block.Cell> cells = row;
      if (cells.size() != slots.size()) {
        List<Block.Cell> nonEmpty = row.stream().filter(c -> !c.text().isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
          continue;
        }
        if (nonEmpty.size() != slots.size()) {
          for (Block.Cell c : nonEmpty) {
            out.note(key, c.place(), table.heading() + " 中的 “" + c.text() + "” 无法对应到官方表格的单元格（该行有 "
                + row.size() + " 格，官方表格为 " + slots.size() + " 格），未导入");
          }
          continue;
        }
        cells = nonEmpty;
      }
      for (int i = 0; i < slots.size(); i++) {
        put(key, slots.get(i), columns.get(slots.get(i)), cells.get(i));
      }
    }
  }
}
