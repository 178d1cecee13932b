package cn.nianbao.render.docx;

import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import cn.nianbao.spec.Spec;

/** Section-level layout: page size and margins, the document grid, headers and footers. */
final class PageWriter {
  /** The relationships namespace, for {@code r:id} of header and footer references. */
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final PageSetup page;

  PageWriter(PageSetup page) {
    this.page = page;
  }

  /**
   * Page size, margins and a line grid of 22 lines (28.95 pt); the footers (and headers, if
   * any) by relationship id, odd pages as {@code default}, even pages as {@code even}. The 28
   * characters per line come from the body styles' character spacing, not from a character grid.
   */
  void sectionProperties(Xml xml, DocxPackage.Part[] footers, DocxPackage.Part[] headers) {
    Props sect = new Props("sectPr");
    references(sect, "headerReference", headers);
    references(sect, "footerReference", footers);
    sect.add("pgSz", "w:w", twips(page.widthMm()), "w:h", twips(page.heightMm()));
    sect.add("pgMar", "w:top", twips(page.topMm()), "w:bottom", twips(page.bottomMm()),
        "w:left", twips(page.leftMm()), "w:right", twips(page.rightMm()),
        "w:header", twips(Spec.HEADER_MM), "w:footer", twips(footerDistanceMm()),
        "w:gutter", "0");
    sect.add("docGrid", "w:type", "lines",
        "w:linePitch", Integer.toString(StyleSheet.BODY_LINE));
    sect.write(xml);
  }

  private static void references(Props sect, String name, DocxPackage.Part[] parts) {
    if (parts.length > 0) {
      sect.add(name, "w:type", "default", "r:id", parts[0].id());
      sect.add(name, "w:type", "even", "r:id", parts[1].id());
    }
  }

  /** The settings part: odd and even pages have their own headers and footers. */
  static byte[] settings() {
    return new Xml("w:settings", "xmlns:w", SchemaOrder.WML)
        .leaf("w:evenAndOddHeaders", "w:val", "true").toBytes();
  }

  /**
   * A footer {@code — N —}: on odd pages right-aligned 右空一字, on even pages left-aligned
   * 左空一字.
   */
  static byte[] pageNumberFooter(boolean odd) {
    String oneChar = Long.toString(Math.round(Spec.PAGE_NUMBER_SIDE_CHARS * Twips.BODY_CHAR));
    Xml xml = new Xml("w:ftr", "xmlns:w", SchemaOrder.WML);
    xml.start("w:p");
    new Props("pPr").add("pStyle", "w:val", StyleSheet.FOOTER)
        .add("ind", odd ? "w:right" : "w:left", oneChar)
        .add("jc", "w:val", odd ? "right" : "left")
        .write(xml);
    // The field sits where the number sits in the spec's "— N —".
    String[] around = Spec.pageNumber(0).split("0", -1);
    WordParagraph.run(xml, around[0], null);
    pageField(xml);
    WordParagraph.run(xml, around[1], null);
    return xml.toBytes();
  }

  /** A PAGE field as begin / instruction / separate / result / end runs. */
  private static void pageField(Xml xml) {
    xml.start("w:r").leaf("w:fldChar", "w:fldCharType", "begin").end();
    xml.start("w:r").start("w:instrText").attr("xml:space", "preserve").text(" PAGE ").end().end();
    xml.start("w:r").leaf("w:fldChar", "w:fldCharType", "separate").end();
    WordParagraph.run(xml, "1", null);
    xml.start("w:r").leaf("w:fldChar", "w:fldCharType", "end").end();
  }

  /** A header with the red, bold draft mark, centred. */
  static byte[] draftHeader(String text) {
    Xml xml = new Xml("w:hdr", "xmlns:w", SchemaOrder.WML);
    WordParagraph p = new WordParagraph(StyleSheet.HEADER).property("jc", "w:val", "center");
    p.text(text, new Props("rPr").add("b")
        .add("color", "w:val", String.format("%06X", Spec.DRAFT_HEADER_RGB)));
    p.write(xml);
    return xml.toBytes();
  }

  /** Distance from the page's bottom edge to the footer line's bottom. */
  private double footerDistanceMm() {
    double lineMm = Spec.size(FontRole.PAGE_NUMBER) / Spec.PT_PER_MM;
    return page.bottomMm() - Spec.PAGE_NUMBER_DROP_MM - lineMm;
  }

  private static String twips(double mm) {
    return Integer.toString(Twips.fromMm(mm));
  }
}
