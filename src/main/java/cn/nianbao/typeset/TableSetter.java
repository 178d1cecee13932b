package cn.nianbao.typeset;

import cn.nianbao.document.Cell;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableLayout;
import cn.nianbao.render.fonts.FontMetrics;
import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets tables: cell text broken into lines with the same rules as the body (no letter spacing),
 * row heights from the tallest cell (a cell spanning rows stretches the last of them), and a
 * table that does not fit on the page split into one part per page ({@link #paginate}): each
 * part repeats the header rows, no row is split, and the label of a row group cut by the page
 * break is printed again in the continuation ({@link Table#part}).
 */
final class TableSetter {
  private final FontMetrics metrics;
  private final double left;
  private final double width;
  private final double size = Spec.size(FontRole.TABLE);
  private final double leading = size * Spec.CELL_LEADING;
  private final double padding = Spec.CELL_PADDING;

  TableSetter(FontMetrics metrics, double left, double width) {
    this.metrics = metrics;
    this.left = left;
    this.width = width;
  }

  /** A table measured: its cells' lines and its row heights. */
  final class Measured {
    final Table table;
    final TableLayout layout;
    final double[] columnX;
    final List<CellText> cells = new ArrayList<>();
    final double[] rowHeight;

    Measured(Table table) {
      this.table = table;
      layout = table.layout();
      columnX = columns(table);
      rowHeight = new double[layout.rowCount()];
      double min = leading + 2 * padding;
      java.util.Arrays.fill(rowHeight, min);
      for (TableLayout.Placed p : layout.cells()) {
        CellText text = cellText(p, columnX[p.column() + p.cell().colSpan()] - columnX[p.column()]);
        cells.add(text);
        if (p.cell().rowSpan() == 1) {
          rowHeight[p.row()] = Math.max(rowHeight[p.row()], text.height());
        }
      }
      // Spanning cells after the rows they cover are known: the shortest spans first.
      cells.stream().filter(c -> c.placed.cell().rowSpan() > 1)
          .sorted(java.util.Comparator.comparingInt(c -> c.placed.cell().rowSpan()))
          .forEach(c -> {
            double have = rows(c.placed.row(), c.placed.lastRow() + 1);
            if (have < c.height()) {
              rowHeight[c.placed.lastRow()] += c.height() - have;
            }
          });
    }

    double rows(int from, int to) {
      double h = 0;
      for (int r = from; r < to; r++) {
        h += rowHeight[r];
      }
      return h;
    }

    double height() {
      return rows(0, rowHeight.length);
    }
  }

  /** A cell's lines, each at x relative to the cell's left edge. */
  record CellText(TableLayout.Placed placed, List<List<TextRun>> lines,
      List<TextLine.Ending> endings, double padding, double leading) {
    double height() {
      return Math.max(1, lines.size()) * leading + 2 * padding;
    }
  }

  Measured measure(Table table) {
    return new Measured(table);
  }

  private double[] columns(Table table) {
    List<Integer> w = table.columnWidths();
    double total = w.stream().mapToInt(Integer::intValue).sum();
    double[] x = new double[w.size() + 1];
    double acc = 0;
    for (int i = 0; i < w.size(); i++) {
      x[i] = left + width * acc / total;
      acc += w.get(i);
    }
    x[w.size()] = left + width;
    return x;
  }

  private CellText cellText(TableLayout.Placed p, double cellWidth) {
    Cell cell = p.cell();
    double inner = cellWidth - 2 * padding;
    List<List<TextRun>> lines = new ArrayList<>();
    List<TextLine.Ending> endings = new ArrayList<>();
    String[] paragraphs = cell.text().split("\n", -1);
    for (int k = 0; k < paragraphs.length; k++) {
      String para = paragraphs[k];
      if (para.isBlank()) {
        if (paragraphs.length > 1) {
          lines.add(List.of());
          endings.add(TextLine.Ending.FORCED);
        }
        continue;
      }
      Shaped s = Shaped.of(metrics, List.of(new Run(para, FontRole.TABLE)), r -> size);
      float[] advance = new float[s.length()];
      for (int i = 0; i < advance.length; i++) {
        advance[i] = (float) s.natural[i];
      }
      List<Integer> ends = ParagraphLines.breaks(s.text, advance, (float) inner, (float) inner, 0,
          null);
      int start = 0;
      for (int e = 0; e < ends.size(); e++) {
        int end = ends.get(e);
        while (end > start + 1 && s.text.charAt(end - 1) == ' ') {
          end--;
        }
        double w = s.width(start, end);
        double x = cell.align() == Cell.Align.LEFT ? padding : padding + (inner - w) / 2;
        lines.add(s.runs(start, end, x, new double[s.length()]));
        endings.add(e < ends.size() - 1 ? TextLine.Ending.NATURAL
            : k < paragraphs.length - 1 ? TextLine.Ending.FORCED : TextLine.Ending.PARAGRAPH_END);
        start = ends.get(e);
      }
    }
    return new CellText(p, lines, endings, padding, leading);
  }

  /**
   * How a table is set across pages.
   *
   * @param newPageFirst true when not even the header and one row fit in the rest of the page
   * @param parts        one table per page, measured, each within the height available there
   */
  record Pagination(boolean newPageFirst, List<Measured> parts) {}

  /**
   * Splits the table into parts: the first fits in {@code room} points (the rest of the current
   * page), each other one in {@code page} points (a whole type area).
   */
  Pagination paginate(Measured whole, double room, double page) {
    Table table = whole.table;
    int n = table.rows().size();
    if (n == table.headerRows()) {
      return new Pagination(false, List.of(whole));
    }
    if (table.keepTogether() && whole.height() <= usable(page)) {
      return new Pagination(whole.height() > usable(room), List.of(whole));
    }
    boolean newPageFirst = false;
    List<Measured> parts = new ArrayList<>();
    double available = usable(room);
    int start = table.headerRows();
    while (start < n) {
      Measured part = longestFitting(whole, start, available);
      if (part == null && parts.isEmpty() && !newPageFirst && available < usable(page)) {
        newPageFirst = true;
        available = usable(page);
        continue;
      }
      if (part == null) { // a row taller than a page: it goes on a page of its own
        part = measure(table.part(start, start + 1));
      }
      parts.add(part);
      start += part.table.rows().size() - table.headerRows();
      available = usable(page);
    }
    return new Pagination(newPageFirst, List.copyOf(parts));
  }

  /** Height for the table's rows: the gaps around it and a point of rounding slack off. */
  static double usable(double height) {
    return height - 2 * Spec.TABLE_GAP - 1;
  }

  /** The longest part from {@code start} that fits, estimated from the whole, then checked. */
  private Measured longestFitting(Measured whole, int start, double available) {
    int headers = whole.table.headerRows();
    double used = whole.rows(0, headers);
    int end = start;
    while (end < whole.rowHeight.length && used + whole.rowHeight[end] <= available) {
      used += whole.rowHeight[end];
      end++;
    }
    // Cut spans can make a part taller than its rows were in the whole table.
    while (end > start) {
      Measured part = measure(whole.table.part(start, end));
      if (part.height() <= available) {
        return part;
      }
      end--;
    }
    return null;
  }

  /**
   * The height that must fit below a heading for the table to start under it: the whole table
   * when it is kept together and fits on a page, else the header and the first body row.
   */
  double leadHeight(Measured whole, double page) {
    Table table = whole.table;
    if (table.keepTogether() && whole.height() <= usable(page)
        || table.rows().size() == table.headerRows()) {
      return whole.height() + 2 * Spec.TABLE_GAP + 1;
    }
    Measured first = measure(table.part(table.headerRows(), table.headerRows() + 1));
    return first.height() + 2 * Spec.TABLE_GAP + 1;
  }

  /** The part's boxes and lines with its top edge at {@code top}. */
  void place(Measured part, double top, List<CellBox> boxes, List<TextLine> lines) {
    for (CellText c : part.cells) {
      TableLayout.Placed p = c.placed();
      double x = part.columnX[p.column()];
      double w = part.columnX[p.column() + p.cell().colSpan()] - x;
      double y = top + part.rows(0, p.row());
      double h = part.rows(p.row(), p.lastRow() + 1);
      boxes.add(new CellBox(x, y, w, h, Spec.TABLE_BORDER, p.cell().origin()));
      double textTop = y + (h - c.lines().size() * leading) / 2;
      for (int i = 0; i < c.lines().size(); i++) {
        List<TextRun> runs = c.lines().get(i);
        if (runs.isEmpty()) {
          continue;
        }
        double baseline = textTop + i * leading + Spec.CELL_BASELINE_EM * size;
        List<TextRun> shifted = runs.stream().map(r -> new TextRun(r.role(), r.face(), r.size(),
            r.x() + x, r.spacing(), r.width(), r.text())).toList();
        lines.add(new TextLine(TextLine.Kind.CELL, baseline, shifted, c.endings().get(i), 0,
            p.cell().origin()));
      }
    }
  }
}
