package cn.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook (XLSX) with POI: each sheet's used range, cut into tables at blank rows and at
 * rows holding one text that is no official label (a title such as {@code 表三 …} becomes a text
 * block). Merged regions become column spans; a cell covered from above is an empty cell. A cell's
 * text is as Excel displays it (a formula by its cached value). POI refuses a zip bomb and
 * DOCTYPE declarations (XXE).
 */
final class XlsxSource {
  /** More rows than any report's tables: a sheet beyond this is not read further. */
  private static final int MAX_ROWS = 2000;
  /** More columns than any report's table. */
  private static final int MAX_COLUMNS = 60;

  private XlsxSource() {}

  static List<Block> read(String name, byte[] bytes) throws NotAReport {
    OfficeZips.limitUnpackedSize();
    List<Block> blocks = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
      format.setUseCachedValuesForFormulaCells(true);
      for (Sheet sheet : book) {
        sheet(sheet, format, blocks);
      }
    } catch (IOException | POIXMLException | IllegalStateException
        | IllegalArgumentException | UnsupportedOperationException | ClassCastException e) {
      throw OfficeZips.refused(name, e, "不是可以读取的 XLSX 文件（已损坏，或不是 Excel 工作簿）");
    }
    return blocks;
  }

  private static void sheet(Sheet sheet, DataFormatter format, List<Block> blocks) {
    int firstRow = Math.max(sheet.getFirstRowNum(), 0);
    int lastRow = Math.min(sheet.getLastRowNum(), firstRow + MAX_ROWS);
    int firstCol = Integer.MAX_VALUE;
    int lastCol = -1;
    for (int r = firstRow; r <= lastRow; r++) {
      Row row = sheet.getRow(r);
      if (row != null && row.getFirstCellNum() >= 0) {
        firstCol = Math.min(firstCol, row.getFirstCellNum());
        lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
      }
    }
    if (lastCol < 0) {
      return;
    }
    lastCol = Math.min(lastCol, firstCol + MAX_COLUMNS);
    Map<Long, CellRangeAddress> regions = new HashMap<>();
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), lastRow); r++) {
        for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), lastCol); c++) {
          regions.put(key(r, c), m);
        }
      }
    }
    String sheetName = "工作表“" + sheet.getSheetName() + "”";
    List<List<Block.Cell>> rows = new ArrayList<>();
    Place start = null;
    for (int r = firstRow; r <= lastRow; r++) {
      List<Block.Cell> cells = new ArrayList<>();
      for (int c = firstCol; c <= lastCol; c++) {
        CellRangeAddress m = regions.get(key(r, c));
        Place place = new Place(sheetName + new CellReference(r, c).formatAsString(false));
        if (m == null) {
          cells.add(new Block.Cell(text(sheet.getRow(r), c, format), 1, place));
        } else if (m.getFirstColumn() == c || c == firstCol) {
          boolean top = m.getFirstRow() == r;
          int span = Math.min(m.getLastColumn(), lastCol) - c + 1;
          String text = top ? text(sheet.getRow(m.getFirstRow()), m.getFirstColumn(), format) : "";
          cells.add(new Block.Cell(text, span, place));
        }
      }
      List<Block.Cell> filled = cells.stream().filter(x -> !x.text().isEmpty()).toList();
      boolean title = filled.size() == 1 && !Labels.isOfficialLabel(filled.get(0).text());
      if (filled.isEmpty() || title) {
        flush(rows, start, blocks);
        rows = new ArrayList<>();
        start = null;
        if (title) {
          blocks.add(new Block.Text(filled.get(0).text(), filled.get(0).place()));
        }
        continue;
      }
      if (start == null) {
        start = cells.get(0).place();
      }
      rows.add(cells);
    }
    flush(rows, start, blocks);
  }

  private static void flush(List<List<Block.Cell>> rows, Place start, List<Block> blocks) {
    if (!rows.isEmpty()) {
      blocks.add(new Block.Grid(rows, start));
    }
  }

  private static long key(int row, int col) {
    return ((long) row << 20) | col;
  }

  /** The cell's text as shown: numbers as formatted ({@code 12}, not {@code 12.0}), formulas by cached value. */
  private static String text(Row row, int col, DataFormatter format) {
    if (row == null) {
      return "";
    }
    Cell cell = row.getCell(col);
    if (cell == null) {
      return "";
    }
    return Labels.clean(format.formatCellValue(cell));
  }
}
