package cn.nianbao.render.pdf;

import cn.nianbao.typeset.CellBox;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.TextLine;
import cn.nianbao.typeset.TextRun;
import cn.nianbao.typeset.Watermark;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/**
 * Draws laid-out pages with OpenPDF's canvas: each run at its position with its letter spacing,
 * each cell box with its rules, the watermark under the text. It decides nothing; PDF y grows
 * upwards, the page model's downwards.
 */
final class PdfDevice {
  private PdfDevice() {}

  static void draw(List<Page> pages, PdfOutput out) {
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      if (i > 0) {
        out.newPage((float) page.width(), (float) page.height());
      }
      if (page.watermark() != null) {
        watermark(out.under(), page, page.watermark());
      }
      cells(out.canvas(), page);
      TextState state = new TextState(out.canvas());
      for (TextLine line : page.lines()) {
        line(state, page, line);
      }
    }
  }

  private static void line(TextState state, Page page, TextLine line) {
    float y = (float) (page.height() - line.baseline());
    PdfContentByte cb = state.cb;
    cb.beginText();
    state.fill(line.rgb());
    for (TextRun run : line.runs()) {
      state.font(PdfFaces.of(run.face()), (float) run.size());
      state.spacing((float) run.spacing());
      cb.setTextMatrix((float) run.x(), y);
      cb.showText(run.text());
    }
    cb.endText();
  }

  /**
   * The fill colour, font and letter spacing in force on a page's canvas: each is set only when it
   * changes, since they last from one text object to the next (a page's text is drawn outside any
   * saved state), so that a page does not repeat them for every line.
   */
  private static final class TextState {
    final PdfContentByte cb;
    private Integer rgb;
    private BaseFont font;
    private float size;
    private float spacing;

    TextState(PdfContentByte cb) {
      this.cb = cb;
    }

    void fill(int newRgb) {
      if (rgb == null || rgb != newRgb) {
        cb.setColorFill(new Color(newRgb));
        rgb = newRgb;
      }
    }

    void font(BaseFont newFont, float newSize) {
      if (newFont != font || newSize != size) {
        cb.setFontAndSize(newFont, newSize);
        font = newFont;
        size = newSize;
      }
    }

    void spacing(float newSpacing) {
      if (newSpacing != spacing) { // 0 is every page's initial spacing
        cb.setCharacterSpacing(newSpacing);
        spacing = newSpacing;
      }
    }
  }

  private static void cells(PdfContentByte cb, Page page) {
    if (page.cells().isEmpty()) {
      return;
    }
    cb.saveState();
    double width = -1;
    for (CellBox box : page.cells()) {
      if (box.border() != width) {
        width = box.border();
        cb.setLineWidth((float) width);
      }
      cb.rectangle((float) box.x(), (float) (page.height() - box.y() - box.height()),
          (float) box.width(), (float) box.height());
    }
    cb.stroke();
    cb.restoreState();
  }

  private static void watermark(PdfContentByte cb, Page page, Watermark mark) {
    cb.saveState();
    cb.beginText();
    cb.setColorFill(new Color(mark.rgb()));
    cb.setFontAndSize(PdfFaces.of(mark.face()), (float) mark.size());
    cb.showTextAligned(Element.ALIGN_CENTER, mark.text(), (float) mark.x(),
        (float) (page.height() - mark.y()), (float) mark.angle());
    cb.endText();
    cb.restoreState();
  }
}
