package cn.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Builds the committed DOCX variants of src/test/resources/import/variants from our own render,
 * edited the way an author fixes a report by hand. Run from the project directory (after
 * {@code mvn test-compile}, with the test classpath, e.g. from an IDE) and commit the files; kept
 * so the variants can be rebuilt when the render changes. POI stamps the edited DOCX, so a rebuild
 * differs in bytes even when nothing else changed.
 */
final class VariantFiles {
  static final Path DIR = Path.of("src/test/resources/import/variants");
  /** The first cell of table 三's first data row: the rows above it are its header. */
  private static final String FIRST_DATA_ROW = "一、本年新收政府信息公开申请数量";

  private VariantFiles() {}

  /**
   * Writes the variants; given a row's first text, writes only a split before that row without a
   * repeated header, to {@code args[1]}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2) { // to try other splits
      Files.write(Path.of(args[1]), splitTable(Path.of("examples/qingshuihe-2021.yaml"), args[0], false));
      return;
    }
    Files.createDirectories(DIR);
    Files.write(DIR.resolve("split-table-2021.docx"),
        splitTable(Path.of("examples/qingshuihe-2021.yaml"), "（三）不予公开", true));
    // inside the vertical merges of 三、本年度办理结果 and （三）不予公开: the second table's first
    // rows continue merges that start in the first
    Files.write(DIR.resolve("split-in-merge-2021.docx"),
        splitTable(Path.of("examples/qingshuihe-2021.yaml"), "5.属于三类内部事务信息", true));
    // the second table without the header rows: only its rows' labels say what they are
    Files.write(DIR.resolve("split-no-header-2021.docx"),
        splitTable(Path.of("examples/qingshuihe-2021.yaml"), "5.属于三类内部事务信息", false));
    Files.write(DIR.resolve("old-wording-2020.docx"), oldWording(Path.of("examples/hancongou-2020.yaml")));
    Files.writeString(DIR.resolve("site-page-2020.html"), sitePage(Path.of("examples/qingshuihe-2020.yaml"),
        "<a href=\"/zwgk/ndbg/dd\">一、总体情况导读</a>"));
    // the menu lists two section headings exactly as the report prints them
    Files.writeString(DIR.resolve("site-menu-headings-2020.html"), sitePage(Path.of("examples/qingshuihe-2020.yaml"),
        "<ul class=\"sub\"><li>一、总体情况</li><li>五、存在的主要问题及改进情况</li></ul>"));
  }

  /**
   * Table 三 split in two by a page break before the row starting {@code splitBefore}: the second
   * table starts with a copy of the header rows when {@code repeatHeader}, and the first ends with
   * an empty row the author left.
   */
  static byte[] splitTable(Path dataFile, String splitBefore, boolean repeatHeader) throws IOException {
    byte[] docx = Rendered.docx(Rendered.report(dataFile));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable t = requests(doc);
      try (XmlCursor from = t.getCTTbl().newCursor(); XmlCursor to = t.getCTTbl().newCursor()) {
        to.toEndToken();
        to.toNextToken();
        from.copyXml(to);
      }
      docx = bytes(doc);
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable first = requests(doc);
      XWPFTable second = doc.getTables().get(doc.getTables().indexOf(first) + 1);
      int header = rowStarting(first, FIRST_DATA_ROW);
      int split = rowStarting(first, splitBefore);
      for (int i = split - 1; i >= (repeatHeader ? header : 0); i--) {
        second.removeRow(i);
      }
      for (int i = first.getRows().size() - 1; i >= split; i--) {
        first.removeRow(i);
      }
      CTRow blank = (CTRow) first.getRow(split - 1).getCtRow().copy();
      XWPFTableRow row = new XWPFTableRow(blank, first);
      for (XWPFTableCell c : row.getTableCells()) {
        for (XWPFParagraph p : c.getParagraphs()) {
          for (int r = p.getRuns().size() - 1; r >= 0; r--) {
            p.removeRun(r);
          }
        }
      }
      first.addRow(row);
      try (XmlCursor at = second.getCTTbl().newCursor()) {
        XWPFParagraph pageBreak = doc.insertNewParagraph(at);
        pageBreak.createRun().addBreak(BreakType.PAGE);
      }
      return bytes(doc);
    }
  }

  /** Table 三's note in the 2019 wording {@code 只记这一情形} that many 2020 reports print. */
  static byte[] oldWording(Path dataFile) throws IOException {
    byte[] docx = Rendered.docx(Rendered.report(dataFile));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      int changed = 0;
      for (XWPFTableRow row : requests(doc).getRows()) {
        for (XWPFTableCell c : row.getTableCells()) {
          for (XWPFParagraph p : c.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
              String text = r.getText(0);
              if (text != null && text.contains("只计这一情形")) {
                r.setText(text.replace("只计这一情形", "只记这一情形"), 0);
                changed++;
              }
            }
          }
        }
      }
      if (changed != 1) {
        throw new IllegalStateException("expected the note once in one run, found " + changed);
      }
      return bytes(doc);
    }
  }

  /**
   * The report as a site publishes it: its text as HTML (tables with {@code rowspan} and
   * {@code colspan}) between a site header whose menu has a link text like a section heading, and
   * a footer; no {@code <nav>} or {@code <footer>} tags to give the site's parts away.
   */
  static String sitePage(Path dataFile, String menuItem) throws IOException {
    byte[] docx = Rendered.docx(Rendered.report(dataFile));
    StringBuilder body = new StringBuilder();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
          body.append("<p>").append(escape(p.getText().replace("\n", ""))).append("</p>\n");
        } else if (e instanceof XWPFTable t) {
          body.append(htmlTable(t));
        }
      }
    }
    return """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>清水河区人民政府</title></head>
        <body>
        <div class="head"><div class="logo">清水河区人民政府</div>
        <div class="menu"><a href="/">首页</a> <a href="/zwgk">政务公开</a>
        """ + menuItem + """
         <a href="/hd">互动交流</a></div></div>
        <div class="content">
        """ + body + """
        </div>
        <div class="foot"><p>清水河区人民政府办公室主办　联系电话：0000-00000000</p>
        <p>网站标识码：0000000000　备案号：示ICP备00000000号</p></div>
        </body></html>
        """;
  }

  /** A table as HTML: a vertical merge becomes a {@code rowspan}, a grid span a {@code colspan}. */
  private static String htmlTable(XWPFTable t) {
    int rows = t.getRows().size();
    java.util.List<java.util.Map<Integer, XWPFTableCell>> grid = new java.util.ArrayList<>();
    for (XWPFTableRow row : t.getRows()) {
      java.util.Map<Integer, XWPFTableCell> at = new java.util.LinkedHashMap<>();
      int col = 0;
      for (XWPFTableCell c : row.getTableCells()) {
        at.put(col, c);
        col += span(c);
      }
      grid.add(at);
    }
    StringBuilder out = new StringBuilder("<table border=\"1\">\n");
    for (int r = 0; r < rows; r++) {
      out.append("<tr>");
      for (var cell : grid.get(r).entrySet()) {
        XWPFTableCell c = cell.getValue();
        if (continued(c)) {
          continue;
        }
        int down = 1;
        while (r + down < rows && grid.get(r + down).get(cell.getKey()) != null
            && continued(grid.get(r + down).get(cell.getKey()))) {
          down++;
        }
        out.append("<td").append(span(c) > 1 ? " colspan=\"" + span(c) + "\"" : "")
            .append(down > 1 ? " rowspan=\"" + down + "\"" : "").append('>')
            .append(escape(c.getText().replace("\n", ""))).append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</table>\n").toString();
  }

  private static int span(XWPFTableCell c) {
    var pr = c.getCTTc().getTcPr();
    return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
  }

  private static boolean continued(XWPFTableCell c) {
    var pr = c.getCTTc().getTcPr();
    return pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == null;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static XWPFTable requests(XWPFDocument doc) {
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFTable t && t.getText().contains(FIRST_DATA_ROW)) {
        return t;
      }
    }
    throw new IllegalStateException("no table 三");
  }

  private static int rowStarting(XWPFTable t, String text) {
    for (int i = 0; i < t.getRows().size(); i++) {
      String row = t.getRow(i).getTableCells().stream().map(XWPFTableCell::getText)
          .reduce("", String::concat);
      if (row.startsWith(text)) {
        return i;
      }
    }
    throw new IllegalStateException("no row " + text);
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}
