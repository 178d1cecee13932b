package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.DocumentInfo;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * Builds one DOCX with Apache POI. The renderer talks only to this class; together with its
 * helpers {@link StyleSheet}, {@link TableWriter} and {@link PageWriter} it is the only code that
 * touches XWPF and the CT* schema types. One instance per render call; not thread-safe.
 */
final class DocxWriter {
  private static final QName XML_SPACE =
      new QName("http://www.w3.org/XML/1998/namespace", "space");

  /** Space before a heading that follows a table ({@link Spec#AFTER_TABLE}), in twips. */
  static final int AFTER_TABLE = Twips.fromPt(Spec.AFTER_TABLE);

  private final XWPFDocument doc = new XWPFDocument();
  private final PageSetup page;
  private boolean afterTable;

  DocxWriter(PageSetup page) {
    this.page = page;
    StyleSheet.install(doc, page);
  }

  /** The centred title; a {@code '\n'} in the text is a line break. */
  void title(String text) {
    XWPFParagraph p = paragraph(FontRole.TITLE);
    text(p, text, null);
  }

  PageSetup page() {
    return page;
  }

  /** An empty body line (one line pitch of vertical space). */
  XWPFParagraph blankLine() {
    return paragraph(FontRole.BODY);
  }

  /** A heading on its own line, level 1 or 2; kept clear of a table right above it. */
  void heading(FontRole role, String text) {
    boolean clear = afterTable;
    XWPFParagraph p = paragraph(role);
    if (clear) {
      p.setSpacingBefore(AFTER_TABLE);
    }
    text(p, text, null);
  }

  /** Keeps the paragraph on the same page as the next one. */
  void keepWithNext(XWPFParagraph p) {
    CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    if (!pPr.isSetKeepNext()) {
      pPr.addNewKeepNext();
    }
  }

  /** Keeps the last paragraph written so far (if the body ends with one) with the next. */
  void keepLastWithNext() {
    var elements = doc.getBodyElements();
    if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof XWPFParagraph p) {
      keepWithNext(p);
    }
  }

  /** A body paragraph; runs in a role other than body get that role's character style. */
  void paragraph(List<Run> runs) {
    XWPFParagraph p = paragraph(FontRole.BODY);
    for (Run run : runs) {
      String style = run.role() == FontRole.BODY ? null : StyleSheet.characterStyle(run.role());
      text(p, run.text(), style);
    }
  }

  /** A table filling the type area width. */
  void table(Table table) {
    new TableWriter(doc, Twips.fromMm(page.typeAreaWidthMm())).write(table);
    afterTable = true;
  }

  /** A right-aligned body line with the given right indent in body characters. */
  XWPFParagraph rightAligned(String text, double rightIndentChars) {
    XWPFParagraph p = paragraph(FontRole.BODY);
    CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    pPr.addNewJc().setVal(STJc.RIGHT);
    CTInd ind = pPr.addNewInd();
    ind.setFirstLineChars(BigInteger.ZERO);
    ind.setFirstLine(BigInteger.ZERO);
    ind.setRightChars(BigInteger.valueOf(Math.round(rightIndentChars * Twips.HUNDREDTHS)));
    ind.setRight(BigInteger.valueOf(Math.round(rightIndentChars * Twips.BODY_CHAR)));
    text(p, text, null);
    return p;
  }

  /**
   * Writes page size, margins, footers with page numbers, the metadata and, if asked, the draft
   * mark.
   */
  void write(OutputStream out, String draftMark, DocumentInfo info) throws IOException {
    PageWriter pages = new PageWriter(doc, page);
    pages.pageNumbers();
    if (draftMark != null) {
      pages.draftMark(draftMark);
    }
    pages.sectionProperties();
    inSchemaOrder();
    DocxPackage.describe(doc, info);
    DocxPackage.write(doc, out);
  }

  /** Every part's properties in ECMA-376 sequence ({@link SchemaOrder}). */
  private void inSchemaOrder() {
    SchemaOrder.apply(doc.getStyles().getCtStyles());
    SchemaOrder.apply(doc.getDocument());
    doc.getHeaderList().forEach(h -> SchemaOrder.apply(h._getHdrFtr()));
    doc.getFooterList().forEach(f -> SchemaOrder.apply(f._getHdrFtr()));
  }

  private XWPFParagraph paragraph(FontRole role) {
    afterTable = false;
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(StyleSheet.paragraphStyle(role));
    return p;
  }

  /**
   * Appends text as one run with the given character style (or none); each {@code '\n'} becomes a
   * line break ({@code w:br}) inside the run.
   */
  static void text(XWPFParagraph p, String text, String characterStyle) {
    CTR r = p.createRun().getCTR();
    if (characterStyle != null) {
      r.addNewRPr().addNewRStyle().setVal(characterStyle);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addNewBr();
      }
      if (!lines[i].isEmpty()) {
        CTText t = r.addNewT();
        t.setStringValue(lines[i]);
        preserveSpace(t);
      }
    }
  }

  private static void preserveSpace(CTText t) {
    try (XmlCursor c = t.newCursor()) {
      c.setAttributeText(XML_SPACE, "preserve");
    }
  }
}
