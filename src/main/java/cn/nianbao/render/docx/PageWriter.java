package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/** Section-level layout: page size and margins, the document grid, headers and footers. */
final class PageWriter {

  private final XWPFDocument doc;
  private final PageSetup page;

  PageWriter(XWPFDocument doc, PageSetup page) {
    this.doc = doc;
    this.page = page;
  }

  /**
   * Page size, margins and a line grid of 22 lines (28.95 pt). The 28 characters per line come
   * from the body styles' character spacing ({@link StyleSheet#letterSpacing}), not from a
   * character grid.
   */
  void sectionProperties() {
    CTSectPr sect = sectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(twips(page.widthMm()));
    size.setH(twips(page.heightMm()));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(twips(page.topMm()));
    mar.setBottom(twips(page.bottomMm()));
    mar.setLeft(twips(page.leftMm()));
    mar.setRight(twips(page.rightMm()));
    mar.setHeader(twips(Spec.HEADER_MM));
    mar.setFooter(twips(footerDistanceMm()));
    mar.setGutter(BigInteger.ZERO);
    CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
    grid.setType(STDocGrid.LINES);
    grid.setLinePitch(BigInteger.valueOf(StyleSheet.BODY_LINE));
  }

  /**
   * Footers {@code — N —}: odd pages right-aligned 右空一字, even pages left-aligned 左空一字.
   */
  void pageNumbers() {
    doc.setEvenAndOddHeadings(true);
    pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
    pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
  }

  /** A red mark at the top of every page (odd and even headers). */
  void draftMark(String text) {
    draftMark(doc.createHeader(HeaderFooterType.DEFAULT), text);
    draftMark(doc.createHeader(HeaderFooterType.EVEN), text);
  }

  private static void draftMark(XWPFHeaderFooter header, String text) {
    XWPFParagraph p = header.createParagraph();
    p.setStyle(StyleSheet.HEADER);
    p.setAlignment(ParagraphAlignment.CENTER);
    DocxWriter.text(p, text, null);
    CTRPr rPr = p.getRuns().get(0).getCTR().addNewRPr();
    rPr.addNewB();
    rPr.addNewColor().setVal(String.format("%06X", Spec.DRAFT_HEADER_RGB));
  }

  private static void pageNumber(XWPFHeaderFooter footer, boolean odd) {
    XWPFParagraph p = footer.createParagraph();
    p.setStyle(StyleSheet.FOOTER);
    p.setAlignment(odd
        ? ParagraphAlignment.RIGHT
        : ParagraphAlignment.LEFT);
    CTInd ind = p.getCTP().getPPr().addNewInd();
    BigInteger oneChar =
        BigInteger.valueOf(Math.round(Spec.PAGE_NUMBER_SIDE_CHARS * Twips.BODY_CHAR));
    if (odd) {
      ind.setRight(oneChar);
    } else {
      ind.setLeft(oneChar);
    }
    // The field sits where the number sits in the spec's "— N —".
    String[] around = Spec.pageNumber(0).split("0", -1);
    DocxWriter.text(p, around[0], null);
    pageField(p);
    DocxWriter.text(p, around[1], null);
  }

  /** A PAGE field as begin / instruction / separate / result / end runs. */
  private static void pageField(XWPFParagraph p) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    CTR result = p.createRun().getCTR();
    result.addNewT().setStringValue("1");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private CTSectPr sectPr() {
    var body = doc.getDocument().getBody();
    return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
  }

  /** Distance from the page's bottom edge to the footer line's bottom. */
  private double footerDistanceMm() {
    double lineMm = Spec.size(FontRole.PAGE_NUMBER) / Spec.PT_PER_MM;
    return page.bottomMm() - Spec.PAGE_NUMBER_DROP_MM - lineMm;
  }

  private static BigInteger twips(double mm) {
    return BigInteger.valueOf(Twips.fromMm(mm));
  }
}
