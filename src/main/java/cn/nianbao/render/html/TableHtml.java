package cn.nianbao.render.html;

import cn.nianbao.document.Cell;
import cn.nianbao.document.Row;
import cn.nianbao.document.Table;
import java.util.List;

/**
 * Writes one model {@link Table}: its rows list only the cells that start in them, exactly like
 * HTML, so spans are written as the model's {@code rowspan} and {@code colspan}. Header rows go
 * into {@code <thead>}, which browsers repeat on every printed page.
 */
final class TableHtml {
  private final HtmlWriter html;

  TableHtml(HtmlWriter html) {
    this.html = html;
  }

  void write(Table table) {
    html.tag("table", "class", table.keepTogether() ? "keep" : null);
    html.line();
    columns(table.columnWidths());
    List<Row> rows = table.rows();
    if (table.headerRows() > 0) {
      section("thead", "th", rows.subList(0, table.headerRows()));
    }
    section("tbody", "td", rows.subList(table.headerRows(), rows.size()));
    html.end("table");
    html.line();
  }

  private void columns(List<Integer> widths) {
    double total = widths.stream().mapToInt(Integer::intValue).sum();
    html.tag("colgroup");
    for (int w : widths) {
      html.voidTag("col", "style", "width: " + PageStyle.num(100 * w / total) + "%");
    }
    html.end("colgroup");
    html.line();
  }

  private void section(String tag, String cellTag, List<Row> rows) {
    html.tag(tag);
    html.line();
    for (Row row : rows) {
      html.tag("tr");
      for (Cell cell : row.cells()) {
        cell(cellTag, cell);
      }
      html.end("tr");
      html.line();
    }
    html.end(tag);
    html.line();
  }

  private void cell(String tag, Cell cell) {
    html.tag(tag,
        "rowspan", cell.rowSpan() > 1 ? Integer.toString(cell.rowSpan()) : null,
        "colspan", cell.colSpan() > 1 ? Integer.toString(cell.colSpan()) : null,
        "class", cell.align() == Cell.Align.LEFT ? "left" : null);
    html.text(cell.text());
    html.end(tag);
  }
}
