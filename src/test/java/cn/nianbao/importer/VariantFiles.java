package cn.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.nianbao.model.Report;
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
    Files.write(DIR.resolve("boxes-and-frames-2021.docx"), boxesAndFrames(Path.of("examples/qingshuihe-2021.yaml")));
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
   * The report as WPS users and copies from web pages leave it: the title in a floating text box
   * (DrawingML, with the VML copy Word writes beside it for older readers), the introduction in a
   * VML text box, the first paragraph under （一） in a text box inside the heading's paragraph,
   * tables 二 and 三 each with their section heading inside a layout table (二's with a note the
   * import must list), table 四 in a text box in its heading's paragraph, and the sign-off in a
   * one-cell table.
   */
  static byte[] boxesAndFrames(Path dataFile) throws IOException {
    Report report = Rendered.report(dataFile);
    byte[] docx = Rendered.docx(report);
    return DocxParts.edit(docx, "word/document.xml", xml -> {
      String title = paragraph(xml, report.title().replace("\n", "").substring(0, 6));
      xml = xml.replace(title, "<w:p><w:r>" + floatingBox(title) + "</w:r></w:p>");
      String opening = paragraph(xml, report.opening().get(0).substring(0, 20));
      String empty = "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p>";
      xml = xml.replace(empty + opening, empty.replace("</w:p>", "<w:r>" + vmlBox(opening, 2) + "</w:r></w:p>"));
      String heading = paragraph(xml, "（一）主动公开");
      String first = xml.substring(xml.indexOf(heading) + heading.length());
      first = first.substring(0, first.indexOf("</w:p>") + 6);
      xml = xml.replace(heading + first, heading.replace("</w:p>", "<w:r>" + vmlBox(first, 3) + "</w:r></w:p>"));
      xml = framed(xml, "二、主动公开政府信息情况", "<w:p><w:r><w:t>注：本表数据由党政综合办公室统计。</w:t></w:r></w:p>");
      xml = framed(xml, "三、收到和处理政府信息公开申请情况", "");
      String appeals = paragraph(xml, "四、政府信息公开行政复议");
      int at = xml.indexOf(appeals) + appeals.length();
      String four = xml.substring(at, xml.indexOf("</w:tbl>", at) + 8);
      xml = xml.replace(appeals + four, appeals.replace("</w:p>", "<w:r>" + vmlBox(four + "<w:p/>", 4) + "</w:r></w:p>"));
      String signer = paragraph(xml, report.signOff().orElseThrow().signer() + "</w:t>");
      String date = xml.substring(xml.indexOf(signer) + signer.length());
      date = date.substring(0, date.indexOf("</w:p>") + 6);
      xml = xml.replace(signer + date, frame(signer + date));
      return xml.replace("<w:document ", "<w:document " + DRAWING_NAMESPACES + " ");
    });
  }

  private static final String DRAWING_NAMESPACES = String.join(" ",
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"",
      "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
      "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"",
      "xmlns:v=\"urn:schemas-microsoft-com:vml\"");

  /** The whole {@code <w:p>} element holding {@code text} (our DOCX has no nested paragraphs). */
  private static String paragraph(String xml, String text) {
    int at = xml.indexOf(text);
    if (at < 0) {
      throw new IllegalStateException("no paragraph with " + text);
    }
    int start = xml.lastIndexOf("<w:p>", at);
    return xml.substring(start, xml.indexOf("</w:p>", at) + 6);
  }

  /** A text box floating above its paragraph, as Word 2010 and later write it. */
  private static String floatingBox(String content) {
    return "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\""
        + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"margin\"><wp:align>center</wp:align></wp:positionH>"
        + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"5600000\" cy=\"900000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
        + "<wp:wrapTopAndBottom/><wp:docPr id=\"1\" name=\"文本框 1\"/><wp:cNvGraphicFramePr/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
        + "<a:ext cx=\"5600000\" cy=\"900000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
        + "<a:noFill/></wps:spPr><wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx>"
        + "<wps:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\"/></wps:wsp></a:graphicData></a:graphic>"
        + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback>" + vmlBox(content, 1) + "</mc:Fallback>"
        + "</mc:AlternateContent>";
  }

  /** A text box as VML (Word 2003, WPS, and the fallback copy of newer boxes). */
  private static String vmlBox(String content, int id) {
    return "<w:pict><v:shape id=\"文本框 " + id + "\" type=\"#_x0000_t202\""
        + " style=\"width:441pt;height:120pt\" filled=\"f\" stroked=\"f\"><v:textbox inset=\"0,0,0,0\">"
        + "<w:txbxContent>" + content + "</w:txbxContent></v:textbox></v:shape></w:pict>";
  }

  /**
   * The section heading and the table after it moved into a layout table: the heading in its first
   * row, the table and {@code note} in its second.
   */
  private static String framed(String xml, String heading, String note) {
    String p = paragraph(xml, heading);
    int start = xml.indexOf(p);
    int end = xml.indexOf("</w:tbl>", start) + 8;
    String table = xml.substring(start + p.length(), end);
    if (!table.startsWith("<w:tbl>")) {
      throw new IllegalStateException("no table right after " + heading);
    }
    return xml.substring(0, start) + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        + "<w:tblGrid><w:gridCol w:w=\"8845\"/></w:tblGrid>" + row(p) + row(table + note + "<w:p/>")
        + "</w:tbl>" + xml.substring(end);
  }

  /** A one-cell layout table around {@code content}. */
  private static String frame(String content) {
    return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"8845\"/>"
        + "</w:tblGrid>" + row(content) + "</w:tbl>";
  }

  private static String row(String content) {
    return "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"8845\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc></w:tr>";
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
