package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.Cell;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableLayout;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

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

  private final XWPFDocument doc;
  private final int widthTwips;

  TableWriter(XWPFDocument doc, int widthTwips) {
    this.doc = doc;
    this.widthTwips = widthTwips;
  }

  /** Appends the table to the document body. A table without rows writes nothing. */
  void write(Table table) {
    if (table.rows().isEmpty()) {
      return; // a w:tbl must have at least one w:tr
    }
    int[] grid = columnTwips(table.columnWidths(), widthTwips);
    XWPFTable t = doc.createTable();
    t.removeRow(0); // POI starts every table with one row and cell
    tableProperties(t.getCTTbl().getTblPr());
    CTTblGrid tblGrid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid()
        : t.getCTTbl().addNewTblGrid();
    tblGrid.setGridColArray(new CTTblGridCol[0]);
    for (int w : grid) {
      tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    TableLayout layout = table.layout();
    boolean[] keep = keepWithNext(table);
    for (int r = 0; r < layout.rowCount(); r++) {
      XWPFTableRow row = emptyRow(t);
      row(row, layout, r, grid, r < table.headerRows());
      if (keep[r]) {
        row.getTableCells().forEach(c -> c.getParagraphs().forEach(
            p -> p.getCTP().getPPr().addNewKeepNext()));
      }
    }
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

  /** A new last row without cells (POI's createRow copies the first row's cell count). */
  private static XWPFTableRow emptyRow(XWPFTable t) {
    XWPFTableRow row = t.createRow();
    for (int i = row.getTableCells().size() - 1; i >= 0; i--) {
      row.removeCell(i);
    }
    return row;
  }

  private void tableProperties(CTTblPr pr) {
    var tblW = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    tblW.setW(BigInteger.valueOf(widthTwips));
    tblW.setType(STTblWidth.DXA);
    (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
        .setType(STTblLayoutType.FIXED);
    if (pr.isSetTblBorders()) {
      pr.unsetTblBorders();
    }
    var margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
    for (var m : List.of(margins.addNewLeft(), margins.addNewRight())) {
      m.setW(BigInteger.valueOf(CELL_MARGIN));
      m.setType(STTblWidth.DXA);
    }
    for (var m : List.of(margins.addNewTop(), margins.addNewBottom())) {
      m.setW(BigInteger.ZERO);
      m.setType(STTblWidth.DXA);
    }
    CTTblBorders b = pr.addNewTblBorders();
    for (CTBorder border : List.of(b.addNewTop(), b.addNewLeft(), b.addNewBottom(),
        b.addNewRight(), b.addNewInsideH(), b.addNewInsideV())) {
      border.setVal(STBorder.SINGLE);
      border.setSz(BigInteger.valueOf(Spec.TABLE_BORDER_EIGHTHS));
      border.setSpace(BigInteger.ZERO);
      border.setColor("000000");
    }
  }

  /** Writes the cells of grid row {@code r}: starting cells, and continuations from above. */
  private static void row(XWPFTableRow row, TableLayout layout, int r, int[] grid,
      boolean header) {
    CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr()
        : row.getCtRow().addNewTrPr();
    trPr.addNewCantSplit();
    if (header) {
      trPr.addNewTblHeader();
    }
    for (int c = 0; c < layout.columnCount(); ) {
      TableLayout.Placed placed = layout.at(r, c);
      Cell cell = placed.cell();
      XWPFTableCell tc = row.addNewTableCell();
      cellProperties(tc, placed, r, width(grid, c, cell.colSpan()));
      if (placed.startsAt(r, c)) {
        content(tc.getParagraphs().get(0), cell);
      } else {
        tc.getParagraphs().get(0).setStyle(StyleSheet.paragraphStyle(FontRole.TABLE));
      }
      c += cell.colSpan();
    }
  }

  private static void cellProperties(XWPFTableCell tc, TableLayout.Placed placed, int r,
      int width) {
    CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
    pr.addNewTcW().setW(BigInteger.valueOf(width));
    pr.getTcW().setType(STTblWidth.DXA);
    if (placed.cell().colSpan() > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(placed.cell().colSpan()));
    }
    if (placed.cell().rowSpan() > 1) {
      // restart in the cell's first row; an absent w:val means "continue" below it
      var merge = pr.addNewVMerge();
      if (placed.row() == r) {
        merge.setVal(STMerge.RESTART);
      }
    }
    pr.addNewVAlign().setVal(STVerticalJc.CENTER);
  }

  private static void content(XWPFParagraph p, Cell cell) {
    p.setStyle(StyleSheet.paragraphStyle(FontRole.TABLE));
    p.setAlignment(cell.align() == Cell.Align.LEFT ? ParagraphAlignment.LEFT
        : ParagraphAlignment.CENTER);
    if (!cell.text().isEmpty()) {
      DocxWriter.text(p, cell.text(), null);
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
