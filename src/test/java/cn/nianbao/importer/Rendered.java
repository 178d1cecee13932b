package cn.nianbao.importer;

import cn.nianbao.Nianbao;
import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The data files the round trips start from, and our documents of them. */
final class Rendered {
  static final Nianbao NIANBAO = Nianbao.create();
  /** Every example and the long report. */
  static final List<Path> DATA_FILES = List.of(Path.of("examples/hancongou-2020.yaml"),
      Path.of("examples/qingshuihe-2020.yaml"), Path.of("examples/qingshuihe-2021.yaml"),
      Path.of("src/test/resources/long-report/long-2021.yaml"));

  private Rendered() {}

  static Report report(Path dataFile) throws IOException {
    return ReportBinder.bind(dataFile);
  }

  static byte[] docx(Report report) {
    return NIANBAO.docx(NIANBAO.document(report));
  }

  static byte[] pdf(Report report) {
    return NIANBAO.pdf(NIANBAO.document(report));
  }

  /**
   * The DOCX as a browser copies it to text: a paragraph a line, each table cell on its own line
   * after a tab (a cell continuing a vertical merge as an empty one), an empty line after each row.
   */
  static String webCopy(byte[] docx) throws IOException {
    StringBuilder out = new StringBuilder();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          out.append(p.getText().replace("\n", "")).append('\n');
        } else if (e instanceof XWPFTable t) {
          out.append('\n');
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell c : row.getTableCells()) {
              var pr = c.getCTTc().getTcPr();
              boolean continued = pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == null;
              out.append('\t').append(continued ? "" : c.getText().replace("\n", "")).append('\n');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
