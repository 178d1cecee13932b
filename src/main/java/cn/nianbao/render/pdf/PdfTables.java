package cn.nianbao.render.pdf;

import cn.nianbao.document.Cell;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableLayout;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Builds OpenPDF tables from model tables: spans, borders, padding, fonts. */
final class PdfTables {
  private static final float BORDER = 0.5f;
  private static final float PADDING = 2.5f;
  private static final float LEADING = 1.2f;
  private static final float GAP = 6f;

  private final PdfFonts fonts;
  private final float width;

  PdfTables(PdfFonts fonts, float width) {
    this.fonts = fonts;
    this.width = width;
  }

  /** Adds the table to the document. */
  void add(Table table, OpenPdfWriter writer) {
    writer.add(build(table));
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
