package cn.nianbao.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads text copied from a web page or a PDF viewer, in the form browsers give a report's tables:
 * each table cell on its own line starting with a tab, a cell covered by the one above as a line
 * holding only the tab, an empty line after each table row. Any other non-empty line is a title
 * line, heading or paragraph.
 */
final class TextSource {
  private TextSource() {}

  static List<Block> read(String text) {
    List<Block> blocks = new ArrayList<>();
    List<List<Block.Cell>> rows = new ArrayList<>();
    List<Block.Cell> row = new ArrayList<>();
    Place tableStart = null;
    int tables = 0;
    String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n|\r", -1) : text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("\t")) {
        if (tableStart == null) {
          tables++;
          tableStart = new Place("第" + tables + "个表格（第" + (i + 1) + "行起）");
        }
        row.add(new Block.Cell(Labels.clean(line.substring(1)), 1, Place.line(i + 1)));
      } else if (line.isBlank()) {
        endRow(rows, row);
        row = new ArrayList<>();
      } else {
        if (tableStart != null) {
          endRow(rows, row);
          row = new ArrayList<>();
          blocks.add(new Block.Grid(rows, tableStart));
          rows = new ArrayList<>();
          tableStart = null;
        }
        blocks.add(new Block.Text(Labels.clean(line), Place.line(i + 1)));
      }
    }
    if (tableStart != null) {
      endRow(rows, row);
      blocks.add(new Block.Grid(rows, tableStart));
    }
    return blocks;
  }

  private static void endRow(List<List<Block.Cell>> rows, List<Block.Cell> row) {
    if (!row.isEmpty()) {
      rows.add(row);
    }
  }
}
