package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.Cell;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableLayout;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one model {@link Table} as a Word table. Merges follow WordprocessingML: a cell spanning
 * columns gets {@code w:gridSpan}; a cell spanning rows is written in each of its rows, with
 * {@code w:vMerge="restart"} in the first and {@code w:vMerge} (continue) in the others.
 */
final class TableWriter {
  /** Cell margins left and right ({@link Spec#CELL_MARGIN_MM}). */
  static final int CELL_MARGIN = Twips.fromMm(Spec.CELL_MARGIN_MM);
  /**
   * Row groups up to this many rows (e.g. table 三's （三）不予公开, 8 rows) are kept on one page.
   * Longer ones (the 20- or 22-row 三、本年度办理结果) may break: Word and LibreOffice then print
   * the merged label once, in the part above the break.
   */
  static final int KEEP_GROUP_ROWS = Spec.KEEP_GROUP_ROWS;

  private static final String DXA = "dxa";

  private final Xml xml;
  private final int widthTwips;

  /** Writes into the document body {@code xml}; the table fills {@code widthTwips}. */
  TableWriter(Xml xml, int widthTwips) {
    this.xml = xml;
    this.widthTwips = widthTwips;
  }

  /** Appends the table to the document body. A table without rows writes nothing. */
  void write(Table table) {
    if (table.rows().isEmpty()) {
      return; // a w:tbl must have at least one w:tr
    }
    int[] grid = columnTwips(table.columnWidths(), widthTwips);
    xml.start("w:tbl");
    tableProperties().write(xml);
    xml.start("w:tblGrid");
    for (int w : grid) {
      xml.leaf("w:gridCol", "w:w", Integer.toString(w));
    }
    xml.end();
    TableLayout layout = table.layout();
    boolean[] keep = keepWithNext(table);
    for (int r = 0; r < layout.rowCount(); r++) {
      row(layout, r, grid, r < table.headerRows(), keep[r]);
    }
    xml.end();
  }

  /**
   * The body rows to keep with the next row: every row but the last of a row group of at most
   * {@value #KEEP_GROUP_ROWS} rows, so that such a group is never cut by a page break (the page
   * break is not known when writing a DOCX, so its label could not be repeated). A table kept
   * together keeps every row but the last with the next.
   */
  static boolean[] keepWithNext(Table table) {
    boolean[] keep = new boolean[table.rows().size()];
    if (table.keepTogether()) {
      Arrays.fill(keep, 0, keep.length - 1, true);
      return keep;
    }
    for (TableLayout.Placed p : table.layout().cells()) {
      int span = p.cell().rowSpan();
      if (span > 1 && span <= KEEP_GROUP_ROWS && p.row() >= table.headerRows()) {
        for (int r = p.row(); r < p.lastRow(); r++) {
          keep[r] = true;
        }
      }
    }
    return keep;
  }

  private Props tableProperties() {
    Props borders = new Props("tblBorders");
    for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
      borders.add(side, "w:val", "single", "w:sz", Integer.toString(Spec.TABLE_BORDER_EIGHTHS),
          "w:space", "0", "w:color", "000000");
    }
    String margin = Integer.toString(CELL_MARGIN);
    Props margins = new Props("tblCellMar")
        .add("top", "w:w", "0", "w:type", DXA).add("left", "w:w", margin, "w:type", DXA)
        .add("bottom", "w:w", "0", "w:type", DXA).add("right", "w:w", margin, "w:type", DXA);
    return new Props("tblPr")
        .add("tblW", "w:w", Integer.toString(widthTwips), "w:type", DXA)
        .add("jc", "w:val", "center")
        .add(borders)
        .add("tblLayout", "w:type", "fixed")
        .add(margins);
  }

  /**
   * Writes grid row {@code r}: the cells starting there, and continuations of cells from above
   * (an empty table-text paragraph each).
   */
  private void row(TableLayout layout, int r, int[] grid, boolean header, boolean keep) {
    xml.start("w:tr");
    Props trPr = new Props("trPr").add("cantSplit");
    if (header) {
      trPr.add("tblHeader");
    }
    trPr.write(xml);
    for (int c = 0; c < layout.columnCount(); ) {
      TableLayout.Placed placed = layout.at(r, c);
      Cell cell = placed.cell();
      xml.start("w:tc");
      cellProperties(placed, r, width(grid, c, cell.colSpan())).write(xml);
      WordParagraph p = new WordParagraph(StyleSheet.paragraphStyle(FontRole.TABLE));
      if (placed.startsAt(r, c)) {
        content(p, cell);
      }
      if (keep) {
        p.keepWithNext();
      }
      p.write(xml);
      xml.end();
      c += cell.colSpan();
    }
    xml.end();
  }

  private static Props cellProperties(TableLayout.Placed placed, int r, int width) {
    Props pr = new Props("tcPr").add("tcW", "w:w", Integer.toString(width), "w:type", DXA);
    if (placed.cell().colSpan() > 1) {
      pr.add("gridSpan", "w:val", Integer.toString(placed.cell().colSpan()));
    }
    if (placed.cell().rowSpan() > 1) {
      // restart in the cell's first row; an absent w:val means "continue" below it
      if (placed.row() == r) {
        pr.add("vMerge", "w:val", "restart");
      } else {
        pr.add("vMerge");
      }
    }
    return pr.add("vAlign", "w:val", "center");
  }

  private static void content(WordParagraph p, Cell cell) {
    p.property("jc", "w:val", cell.align() == Cell.Align.LEFT ? "left" : "center");
    if (!cell.text().isEmpty()) {
      p.text(cell.text(), (String) null);
    }
  }

  private static int width(int[] grid, int from, int span) {
    int w = 0;
    for (int i = from; i < from + span; i++) {
      w += grid[i];
    }
    return w;
  }

  /** Splits {@code total} twips in proportion to the weights; the parts add up to the total. */
  static int[] columnTwips(List<Integer> weights, int total) {
    long sum = weights.stream().mapToLong(Integer::longValue).sum();
    int[] out = new int[weights.size()];
    long acc = 0;
    int prev = 0;
    for (int i = 0; i < out.length; i++) {
      acc += weights.get(i);
      int edge = (int) Math.round((double) total * acc / sum);
      out[i] = edge - prev;
      prev = edge;
    }
    return out;
  }
}
