package cn.nianbao.render.pdf;

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
  static final float MM = 72f / 25.4f;
  /** The 一字线 sits 7 mm below the type area. */
  private static final float NUMBER_DROP = 7 * MM;
  /** CJK em dashes sit about 0.38 em above the baseline (middle of the ideographic em box). */
  private static final float DASH_HEIGHT = 0.38f;
  private static final Color WATERMARK = new Color(0xD8, 0xD8, 0xD8);
  private static final Color DRAFT_NOTE = new Color(0x99, 0x00, 0x00);

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
    Phrase text = fonts.phrase("\u2014 " + page + " \u2014", FontRole.PAGE_NUMBER);
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
    Phrase mark = fonts.phrase("草稿", FontRole.TITLE, 120, WATERMARK);
    ColumnText.showTextAligned(
        writer.getDirectContentUnder(), Element.ALIGN_CENTER, mark, centreX, centreY - 40, 45);
    Phrase note = fonts.phrase("草稿（未经核对，不得发布）", FontRole.TABLE, 10.5f, DRAFT_NOTE);
    ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, note, centreX,
        document.top() + 12 * MM, 0);
  }
}
