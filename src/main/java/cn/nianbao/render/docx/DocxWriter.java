package cn.nianbao.render.docx;

import cn.nianbao.document.DocumentInfo;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.spec.Spec;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one DOCX as WordprocessingML, element by element, in document order. The renderer talks
 * only to this class; with its helpers {@link StyleSheet}, {@link TableWriter},
 * {@link PageWriter} and {@link DocxPackage} it is the only code that knows the file format. One
 * instance per render call; not thread-safe.
 */
final class DocxWriter {
  /** Space before a heading that follows a table ({@link Spec#AFTER_TABLE}), in twips. */
  static final int AFTER_TABLE = Twips.fromPt(Spec.AFTER_TABLE);

  private final PageSetup page;
  private final Xml body = new Xml("w:document",
      "xmlns:w", SchemaOrder.WML, "xmlns:r", PageWriter.REL);
  /** The last paragraph, written when the next block starts (see {@link #keepLastWithNext}). */
  private WordParagraph pending;
  private boolean afterTable;

  DocxWriter(PageSetup page) {
    this.page = page;
    body.start("w:body");
  }

  /** The centred title; a {@code '\n'} in the text is a line break. */
  void title(String text) {
    paragraph(FontRole.TITLE).text(text, (String) null);
  }

  PageSetup page() {
    return page;
  }

  /** An empty body line (one line pitch of vertical space). */
  WordParagraph blankLine() {
    return paragraph(FontRole.BODY);
  }

  /** A heading on its own line, level 1 or 2; kept clear of a table right above it. */
  void heading(FontRole role, String text) {
    boolean clear = afterTable;
    WordParagraph p = paragraph(role);
    if (clear) {
      p.property("spacing", "w:before", Integer.toString(AFTER_TABLE));
    }
    p.text(text, (String) null);
  }

  /** Keeps the paragraph on the same page as the next one. */
  void keepWithNext(WordParagraph p) {
    p.keepWithNext();
  }

  /** Keeps the last paragraph written so far (if the body ends with one) with the next. */
  void keepLastWithNext() {
    if (pending != null) {
      pending.keepWithNext();
    }
  }

  /** A body paragraph; runs in a role other than body get that role's character style. */
  void paragraph(List<Run> runs) {
    WordParagraph p = paragraph(FontRole.BODY);
    for (Run run : runs) {
      String style = run.role() == FontRole.BODY ? null : StyleSheet.characterStyle(run.role());
      p.text(run.text(), style);
    }
  }

  /** A table filling the type area width. */
  void table(Table table) {
    flush();
    new TableWriter(body, Twips.fromMm(page.typeAreaWidthMm())).write(table);
    afterTable = true;
  }

  /** A right-aligned body line with the given right indent in body characters. */
  WordParagraph rightAligned(String text, double rightIndentChars) {
    WordParagraph p = paragraph(FontRole.BODY);
    p.property("jc", "w:val", "right");
    p.property("ind", "w:firstLineChars", "0", "w:firstLine", "0",
        "w:rightChars", Long.toString(Math.round(rightIndentChars * Twips.HUNDREDTHS)),
        "w:right", Long.toString(Math.round(rightIndentChars * Twips.BODY_CHAR)));
    p.text(text, (String) null);
    return p;
  }

  /**
   * Ends the body with the section properties and writes the package: styles, settings, footers
   * with page numbers, the metadata and, if asked, headers with the draft mark.
   */
  void write(OutputStream out, String draftMark, DocumentInfo info) throws IOException {
    flush();
    List<DocxPackage.Part> parts = new ArrayList<>();
    parts.add(new DocxPackage.Part("settings.xml", "rId1", "settings", PageWriter.settings()));
    parts.add(new DocxPackage.Part("styles.xml", "rId2", "styles", StyleSheet.part()));
    DocxPackage.Part[] footers = {
        new DocxPackage.Part("footer1.xml", "rId3", "footer", PageWriter.pageNumberFooter(true)),
        new DocxPackage.Part("footer2.xml", "rId4", "footer", PageWriter.pageNumberFooter(false))};
    parts.addAll(List.of(footers));
    DocxPackage.Part[] headers = {};
    if (draftMark != null) {
      byte[] header = PageWriter.draftHeader(draftMark);
      headers = new DocxPackage.Part[] {
          new DocxPackage.Part("header1.xml", "rId5", "header", header),
          new DocxPackage.Part("header2.xml", "rId6", "header", header)};
      parts.addAll(List.of(headers));
    }
    new PageWriter(page).sectionProperties(body, footers, headers);
    DocxPackage.write(out, body.toBytes(), parts, info);
  }

  private WordParagraph paragraph(FontRole role) {
    flush();
    afterTable = false;
    pending = new WordParagraph(StyleSheet.paragraphStyle(role));
    return pending;
  }

  /** Writes the pending paragraph, if any. */
  private void flush() {
    if (pending != null) {
      pending.write(body);
      pending = null;
    }
  }
}
