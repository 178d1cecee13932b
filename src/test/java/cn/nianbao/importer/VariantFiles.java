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
 * edited the way an author fixes a report by hand. Run once with
 * {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.nianbao.importer.VariantFiles}
 * (or from an IDE) and commit the files; kept so the variants can be rebuilt when the render changes.
 */
final class VariantFiles {
  static final Path DIR = Path.of("src/test/resources/import/variants");
  /** The first cell of table 三's first data row: the rows above it are its header. */
  private static final String FIRST_DATA_ROW = "一、本年新收政府信息公开申请数量";
  /** Table 三 is split before the row starting with this text. */
  private static final String SPLIT_BEFORE = "（三）不予公开";

  private VariantFiles() {}

  public static void main(String[] args) throws IOException {
    Files.createDirectories(DIR);
    Files.write(DIR.resolve("split-table-2021.docx"), splitTable(Path.of("examples/qingshuihe-2021.yaml")));
    Files.write(DIR.resolve("old-wording-2020.docx"), oldWording(Path.of("examples/hancongou-2020.yaml")));
  }

  /**
   * Table 三 split in two by a page break: the second table starts with a copy of the header rows,
   * and the first ends with an empty row the author left.
   */
  static byte[] splitTable(Path dataFile) throws IOException {
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
      int split = rowStarting(first, SPLIT_BEFORE);
      for (int i = split - 1; i >= header; i--) {
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
