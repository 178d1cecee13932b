package cn.nianbao.render.pdf;

import cn.nianbao.typeset.CellBox;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.TextLine;
import cn.nianbao.typeset.TextRun;
import cn.nianbao.typeset.Watermark;
import com.lowagie.text.Element;
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
      for (TextLine line : page.lines()) {
        line(out.canvas(), page, line);
      }
    }
  }

  private static void line(PdfContentByte cb, Page page, TextLine line) {
    float y = (float) (page.height() - line.baseline());
    cb.beginText();
    cb.setColorFill(new Color(line.rgb()));
    for (TextRun run : line.runs()) {
      cb.setFontAndSize(PdfFaces.of(run.face()), (float) run.size());
      cb.setCharacterSpacing((float) run.spacing());
      cb.setTextMatrix((float) run.x(), y);
      cb.showText(run.text());
    }
    cb.endText();
  }

  private static void cells(PdfContentByte cb, Page page) {
    if (page.cells().isEmpty()) {
      return;
    }
    cb.saveState();
    for (CellBox box : page.cells()) {
      cb.setLineWidth((float) box.border());
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
