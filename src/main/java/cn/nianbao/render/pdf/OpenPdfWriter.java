package cn.nianbao.render.pdf;

import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * The one place that talks to OpenPDF's document API: page setup, metadata and the paragraph
 * rules of GB/T 9704 (fixed 28.95 pt line pitch, two-character first-line indent).
 */
final class OpenPdfWriter {
  private static final float MM = PageDecorations.MM;
  /** 225 mm type area / 22 lines. */
  static final float LINE_PITCH = 28.95f;
  private static final float TITLE_PITCH = 35f;

  private final PdfFonts fonts;
  private final Document document;
  private final float indent;

  OpenPdfWriter(PdfFonts fonts, PageSetup page, String title, boolean draft, OutputStream out) {
    this.fonts = fonts;
    this.indent = 2 * fonts.size(FontRole.BODY);
    document = new Document(new Rectangle((float) page.widthMm() * MM, (float) page.heightMm() * MM),
        (float) page.leftMm() * MM, (float) page.rightMm() * MM,
        (float) page.topMm() * MM, (float) page.bottomMm() * MM);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false); // the caller owns the stream
    writer.setPageEvent(new PageDecorations(fonts, draft));
    document.addTitle(title);
    document.addCreator("nianbao");
    document.addProducer("nianbao");
    document.open();
  }

  /** Centred title lines, then one empty body line. */
  void title(String text) {
    Paragraph p = new Paragraph(fonts.phrase(text, FontRole.TITLE));
    p.setFont(fonts.font(FontRole.TITLE));
    p.setLeading(TITLE_PITCH, 0);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(LINE_PITCH);
    document.add(p);
  }

  /** A justified body paragraph; each run in its own role's font. */
  void paragraph(List<Run> runs) {
    Paragraph p = body();
    runs.forEach(run -> p.add(fonts.phrase(run.text(), run.role())));
    document.add(p);
  }

  /** A heading on its own line, indented like body text. */
  void heading(FontRole role, String text) {
    Paragraph p = body();
    p.add(fonts.phrase(text, role));
    document.add(p);
  }

  void table(Table table) {
    new PdfTables(fonts, document.right() - document.left()).add(table, this);
  }

  /** Adds an already built element (used by the table splitter). */
  void add(Element element) {
    document.add(element);
  }

  /**
   * 落款 without seal (GB/T 9704 §7.3.5.2): signature 右空二字 one line below the text, the date
   * on the next line starting two characters right of the signature's start; a date longer than
   * the signature gets the 2-character right indent and pushes the signature left.
   */
  void closing(String signature, String date) {
    float sigWidth = fonts.width(signature, FontRole.BODY);
    float dateWidth = fonts.width(date, FontRole.BODY);
    float sigIndent = dateWidth > sigWidth ? 2 * indent + dateWidth - sigWidth : indent;
    float dateIndent = sigIndent + sigWidth - indent - dateWidth;
    Paragraph sig = rightAligned(signature, sigIndent);
    sig.setSpacingBefore(LINE_PITCH);
    document.add(sig);
    document.add(rightAligned(date, dateIndent));
  }

  private Paragraph rightAligned(String text, float rightIndent) {
    Paragraph p = new Paragraph(fonts.phrase(text, FontRole.BODY));
    p.setFont(fonts.font(FontRole.BODY));
    p.setLeading(LINE_PITCH, 0);
    p.setAlignment(Element.ALIGN_RIGHT);
    p.setIndentationRight(rightIndent);
    return p;
  }

  private Paragraph body() {
    Paragraph p = new Paragraph();
    p.setFont(fonts.font(FontRole.BODY));
    p.setLeading(LINE_PITCH, 0);
    p.setFirstLineIndent(indent);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    return p;
  }

  void close() {
    document.close();
  }
}
