package cn.nianbao.render.pdf;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.Cell;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableLayout;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds OpenPDF tables from model tables (spans, borders, padding, fonts) and sets a table that
 * does not fit on the page as one part per page ({@link #paginate}): each part repeats the header
 * rows, no row is split, and the label of a row group cut by the page break is printed again in
 * the continuation ({@link Table#part}).
 */
final class PdfTables {
  private static final float BORDER = (float) Spec.TABLE_BORDER;
  private static final float PADDING = (float) Spec.CELL_PADDING;
  private static final float LEADING = (float) Spec.CELL_LEADING;
  private static final float GAP = (float) Spec.TABLE_GAP;

  private final PdfFonts fonts;
  private final float width;

  PdfTables(PdfFonts fonts, float width) {
    this.fonts = fonts;
    this.width = width;
  }

  /**
   * How a table is set across pages.
   *
   * @param newPageFirst true when not even the header and one row fit in the rest of the page
   * @param parts        one table per page, each within the height available there
   */
  record Pagination(boolean newPageFirst, List<Table> parts) {}

  /**
   * Splits the table into parts: the first fits in {@code room} points (the rest of the current
   * page), each other one in {@code page} points (a whole type area).
   */
  Pagination paginate(Table table, float room, float page) {
    int n = table.rows().size();
    if (n == table.headerRows()) {
      return new Pagination(false, List.of(table));
    }
    PdfPTable whole = build(table);
    float wholeHeight = whole.calculateHeights(true);
    if (table.keepTogether() && wholeHeight <= usable(page)) {
      return new Pagination(wholeHeight > usable(room), List.of(table));
    }
    float[] rowHeight = new float[n];
    for (int r = 0; r < n; r++) {
      rowHeight[r] = whole.getRowHeight(r);
    }
    boolean newPageFirst = false;
    List<Table> parts = new ArrayList<>();
    float available = usable(room);
    int start = table.headerRows();
    while (start < n) {
      int end = longestFitting(table, rowHeight, start, available);
      if (end == start && parts.isEmpty() && !newPageFirst && available < usable(page)) {
        newPageFirst = true;
        available = usable(page);
        continue;
      }
      end = Math.max(end, start + 1); // a row taller than a page: OpenPDF will have to cope
      parts.add(table.part(start, end));
      start = end;
      available = usable(page);
    }
    return new Pagination(newPageFirst, List.copyOf(parts));
  }

  /** Height for the table's rows: the spacing around it and a point of rounding slack off. */
  private static float usable(float height) {
    return height - 2 * GAP - 1;
  }

  /** The end row of the longest part from {@code start} that fits, estimated then checked. */
  private int longestFitting(Table table, float[] rowHeight, int start, float available) {
    float used = 0;
    for (int r = 0; r < table.headerRows(); r++) {
      used += rowHeight[r];
    }
    int end = start;
    while (end < rowHeight.length && used + rowHeight[end] <= available) {
      used += rowHeight[end];
      end++;
    }
    // Cut spans can make a part taller than its rows were in the whole table.
    while (end > start && height(table.part(start, end)) > available) {
      end--;
    }
    return end;
  }

  /**
   * The height that must fit below a heading for the table to start under it: the whole table
   * when it is kept together and fits on a page, else the header and the first body row.
   */
  float leadHeight(Table table, float page) {
    float whole = height(table);
    if (table.keepTogether() && whole <= usable(page) || table.rows().size() == table.headerRows()) {
      return whole + 2 * GAP + 1;
    }
    return height(table.part(table.headerRows(), table.headerRows() + 1)) + 2 * GAP + 1;
  }

  private float height(Table table) {
    PdfPTable pdf = build(table);
    return pdf.calculateHeights(true);
  }

  /** The whole table as one PdfPTable, spans as the model gives them. */
  PdfPTable build(Table table) {
    PdfPTable pdf = empty(table);
    for (TableLayout.Placed placed : table.layout().cells()) {
      pdf.addCell(cell(placed.cell(), placed.cell().rowSpan()));
    }
    return pdf;
  }

  PdfPTable empty(Table table) {
    float[] widths = new float[table.columnCount()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = table.columnWidths().get(i);
    }
    PdfPTable pdf = new PdfPTable(widths);
    pdf.setTotalWidth(width);
    pdf.setLockedWidth(true);
    pdf.setHeaderRows(table.headerRows());
    pdf.setSplitLate(true); // a row that does not fit moves to the next page whole
    // Keep the rules clear of the descenders of the text line above and the line below.
    pdf.setSpacingBefore(GAP);
    pdf.setSpacingAfter(GAP);
    return pdf;
  }

  PdfPCell cell(Cell cell, int rowSpan) {
    PdfPCell pdf = new PdfPCell(fonts.phrase(cell.text(), FontRole.TABLE));
    pdf.setRowspan(rowSpan);
    pdf.setColspan(cell.colSpan());
    pdf.setBorderWidth(BORDER);
    pdf.setPadding(PADDING);
    pdf.setUseAscender(true);
    pdf.setLeading(0, LEADING);
    pdf.setMinimumHeight(fonts.size(FontRole.TABLE) * LEADING + 2 * PADDING);
    pdf.setVerticalAlignment(Element.ALIGN_MIDDLE);
    pdf.setHorizontalAlignment(
        cell.align() == Cell.Align.LEFT ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
    return pdf;
  }
}
