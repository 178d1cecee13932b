package cn.nianbao.importer;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.GridCell;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.Report;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.TableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a workbook as a superior office would hand it out: the official grid of tables 二/三/四
 * with merged header cells and the official labels, each table under a title row, all on one
 * sheet or one sheet per table. Plain numbers are number cells (POI stores {@code 12} as
 * {@code 12.0}); other values ({@code +3}, {@code /}) are text cells.
 */
final class Workbooks {
  private Workbooks() {}

  /**
   * @param report  whose numbers fill the value cells
   * @param oneSheet all tables on one sheet (a blank row between) rather than one sheet each
   * @param override table data key → cell → the text to put instead of the report's value
   */
  static byte[] of(Report report, boolean oneSheet, Map<String, Map<CellRef, String>> override) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<TableDefinition> tables = OfficialTables.definitions(report.format());
      List<StatTable> values = List.of(report.activeDisclosure(), report.requests(), report.appeals());
      Sheet sheet = null;
      int next = 0;
      for (int t = 0; t < tables.size(); t++) {
        TableDefinition def = tables.get(t);
        if (sheet == null || !oneSheet) {
          sheet = book.createSheet(oneSheet ? "统计表" : "表" + "二三四".charAt(t));
          next = 0;
        }
        StatTable table = values.get(t);
        Map<CellRef, String> mine = override.getOrDefault(def.schema().dataKey(), Map.of());
        next = table(sheet, next, def, report.year(), (ref, type) -> mine.containsKey(ref) ? mine.get(ref)
            : table.get(ref).map(v -> v.text(def.schema().row(ref.row()).column(ref.column()).type())).orElse(""));
        next++; // a blank row between tables
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  /** Writes one table from {@code first}: a title row, then its grid. Returns the next free row. */
  private static int table(Sheet sheet, int first, TableDefinition def, int year, BiFunction<CellRef, Object, String> value) {
    sheet.createRow(first).createCell(0).setCellValue(def.heading() + "（" + year + "年度）");
    int top = first + 1;
    List<List<GridCell>> grid = def.grid();
    for (int r = 0; r < grid.size(); r++) {
      Row row = sheet.getRow(top + r) != null ? sheet.getRow(top + r) : sheet.createRow(top + r);
      for (GridCell c : grid.get(r)) {
        Cell cell = row.createCell(c.column());
        String text = c.kind() == GridCell.Kind.VALUE ? value.apply(c.value(), null) : c.text();
        if (text.matches("\\d+(\\.\\d+)?")) {
          cell.setCellValue(Double.parseDouble(text));
        } else {
          cell.setCellValue(text);
        }
        if (c.rowSpan() > 1 || c.colSpan() > 1) {
          sheet.addMergedRegion(new CellRangeAddress(top + r, top + r + c.rowSpan() - 1,
              c.column(), c.column() + c.colSpan() - 1));
        }
      }
    }
    return top + grid.size();
  }
}
