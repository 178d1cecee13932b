package cn.nianbao.render.pdf;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.FontRole;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Draws what every page carries outside the flow: the page number (GB/T 9704 §7.5) and, for
 * drafts, the draft marks.
 */
final class PageDecorations extends PdfPageEventHelper {
  static final float MM = (float) Spec.PT_PER_MM;
  private static final float NUMBER_DROP = (float) (Spec.PAGE_NUMBER_DROP_MM * Spec.PT_PER_MM);
  private static final float DASH_HEIGHT = (float) Spec.DASH_HEIGHT_EM;
  private static final Color WATERMARK = new Color(Spec.DRAFT_WATERMARK_RGB);
  private static final Color DRAFT_NOTE = new Color(Spec.DRAFT_NOTE_RGB);

  private final PdfFonts fonts;
  private final boolean draft;
  /** The type area's bottom edge (the document's bottom margin is set lower, for OpenPDF). */
  private final float typeAreaBottom;

  PageDecorations(PdfFonts fonts, boolean draft, float typeAreaBottom) {
    this.fonts = fonts;
    this.draft = draft;
    this.typeAreaBottom = typeAreaBottom;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    pageNumber(writer.getDirectContent(), document, writer.getPageNumber());
    if (draft) {
      draftMarks(writer, document);
    }
  }

  private void pageNumber(PdfContentByte canvas, Document document, int page) {
    float size = fonts.size(FontRole.PAGE_NUMBER);
    Phrase text = fonts.phrase(Spec.pageNumber(page), FontRole.PAGE_NUMBER);
    float y = typeAreaBottom - NUMBER_DROP - DASH_HEIGHT * size;
    // Odd pages: 右空一字; even pages: 左空一字.
    if (page % 2 == 1) {
      ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, text, document.right() - size, y, 0);
    } else {
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, text, document.left() + size, y, 0);
    }
  }

  private void draftMarks(PdfWriter writer, Document document) {
    float centreX = (document.left() + document.right()) / 2;
    float centreY = (document.top() + typeAreaBottom) / 2;
    float size = (float) Spec.DRAFT_WATERMARK_SIZE;
    Phrase mark = fonts.phrase(Spec.DRAFT_WATERMARK, FontRole.TITLE, size, WATERMARK);
    ColumnText.showTextAligned(writer.getDirectContentUnder(), Element.ALIGN_CENTER, mark,
        centreX, centreY - (float) Spec.DRAFT_WATERMARK_DROP, (float) Spec.DRAFT_WATERMARK_ANGLE);
    Phrase note = fonts.phrase(Spec.DRAFT_NOTE, FontRole.TABLE, (float) Spec.DRAFT_NOTE_SIZE,
        DRAFT_NOTE);
    ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, note, centreX,
        document.top() + (float) Spec.DRAFT_NOTE_RISE_MM * MM, 0);
  }
}
