package cn.nianbao.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A table rebuilt from a PDF page's ruling lines: the grid of every horizontal and vertical line
 * that meet, boxes merged where the line between them is missing, each box's characters inside it.
 */
final class PdfTable {
  private final List<PdfPage.Segment> horizontals;
  private final List<PdfPage.Segment> verticals;
  private final List<Double> xs;
  private final List<Double> ys;
  private final double tolerance;
  /** Logical cells: [startRow, startCol, endRow, endCol] (inclusive). */
  private final List<int[]> cells = new ArrayList<>();
  private final List<List<PdfPage.Glyph>> glyphs = new ArrayList<>();
  private int[][] owner;

  private PdfTable(List<PdfPage.Segment> horizontals, List<PdfPage.Segment> verticals, double tolerance) {
    this.horizontals = horizontals;
    this.verticals = verticals;
    this.tolerance = tolerance;
    this.xs = distinct(verticals.stream().map(PdfPage.Segment::x1).toList());
    this.ys = distinct(horizontals.stream().map(PdfPage.Segment::y1).toList());
    build();
  }

  /** The tables the ruling lines of a page form: lines that meet, at least two each way. */
  static List<PdfTable> find(List<PdfPage.Segment> segments, double tolerance) {
    int n = segments.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (meet(segments.get(i), segments.get(j), tolerance)) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    List<PdfTable> tables = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if (root(parent, r) != r) {
        continue;
      }
      List<PdfPage.Segment> h = new ArrayList<>();
      List<PdfPage.Segment> v = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (root(parent, i) == r) {
          (segments.get(i).horizontal() ? h : v).add(segments.get(i));
        }
      }
      PdfTable t = h.size() >= 2 && v.size() >= 2 ? new PdfTable(h, v, tolerance) : null;
      if (t != null && t.xs.size() >= 2 && t.ys.size() >= 2) {
        tables.add(t);
      }
    }
    tables.sort(java.util.Comparator.comparingDouble(PdfTable::top));
    return tables;
  }

  double top() {
    return ys.get(0);
  }

  /** Takes a character into the box it stands in; false when it is outside the table. */
  boolean take(PdfPage.Glyph g) {
    double x = g.centerX();
    double y = g.centerY();
    if (x < xs.get(0) || x > xs.get(xs.size() - 1) || y < ys.get(0) || y > ys.get(ys.size() - 1)) {
      return false;
    }
    int c = index(xs, x);
    int r = index(ys, y);
    glyphs.get(owner[r][c]).add(g);
    return true;
  }

  /** The table as a grid: a box continuing a vertical merge is an empty cell in its later rows. */
  Block.Grid grid(Place place) {
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < ys.size() - 1; r++) {
      List<Block.Cell> row = new ArrayList<>();
      for (int c = 0; c < xs.size() - 1; c++) {
        int[] cell = cells.get(owner[r][c]);
        if (cell[1] != c) {
          continue;
        }
        String text = cell[0] == r ? text(glyphs.get(owner[r][c])) : "";
        row.add(new Block.Cell(text, cell[3] - cell[1] + 1, Place.cell(place, r + 1, row.size() + 1)));
      }
      rows.add(row);
    }
    return new Block.Grid(rows, place);
  }

  private static String text(List<PdfPage.Glyph> glyphs) {
    StringBuilder b = new StringBuilder();
    for (PdfPage.Line line : PdfPage.lines(glyphs)) {
      b.append(line.text()).append('\n');
    }
    return Labels.clean(Labels.unwrap(b.toString()));
  }

  private void build() {
    int rows = ys.size() - 1;
    int cols = xs.size() - 1;
    owner = new int[Math.max(rows, 0)][Math.max(cols, 0)];
    for (int[] row : owner) {
      java.util.Arrays.fill(row, -1);
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (owner[r][c] >= 0) {
          continue;
        }
        int endCol = c;
        while (endCol + 1 < cols && owner[r][endCol + 1] < 0 && !vertical(xs.get(endCol + 1), ys.get(r), ys.get(r + 1))) {
          endCol++;
        }
        int endRow = r;
        while (endRow + 1 < rows && !horizontal(ys.get(endRow + 1), xs.get(c), xs.get(endCol + 1))) {
          endRow++;
        }
        cells.add(new int[] {r, c, endRow, endCol});
        glyphs.add(new ArrayList<>());
        for (int rr = r; rr <= endRow; rr++) {
          for (int cc = c; cc <= endCol; cc++) {
            if (owner[rr][cc] < 0) {
              owner[rr][cc] = cells.size() - 1;
            }
          }
        }
      }
    }
  }

  /** Whether a vertical line at x runs through the middle of the band from y1 to y2. */
  private boolean vertical(double x, double y1, double y2) {
    double mid = (y1 + y2) / 2;
    return verticals.stream().anyMatch(v -> Math.abs(v.x1() - x) <= tolerance && v.y1() <= mid && v.y2() >= mid);
  }

  private boolean horizontal(double y, double x1, double x2) {
    double mid = (x1 + x2) / 2;
    return horizontals.stream().anyMatch(h -> Math.abs(h.y1() - y) <= tolerance && h.x1() <= mid && h.x2() >= mid);
  }

  private static boolean meet(PdfPage.Segment a, PdfPage.Segment b, double tol) {
    if (a.horizontal() == b.horizontal()) {
      return a.horizontal() ? Math.abs(a.y1() - b.y1()) <= tol && a.x1() <= b.x2() + tol && b.x1() <= a.x2() + tol
          : Math.abs(a.x1() - b.x1()) <= tol && a.y1() <= b.y2() + tol && b.y1() <= a.y2() + tol;
    }
    PdfPage.Segment h = a.horizontal() ? a : b;
    PdfPage.Segment v = a.horizontal() ? b : a;
    return v.x1() >= h.x1() - tol && v.x1() <= h.x2() + tol && h.y1() >= v.y1() - tol && h.y1() <= v.y2() + tol;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private List<Double> distinct(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    List<Double> out = new ArrayList<>();
    for (double v : sorted) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > tolerance) {
        out.add(v);
      }
    }
    return out;
  }

  private static int index(List<Double> edges, double v) {
    for (int i = 0; i < edges.size() - 1; i++) {
      if (v <= edges.get(i + 1)) {
        return i;
      }
    }
    return edges.size() - 2;
  }
}
