package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfPageNumberTest {
  private static final float MM = 72f / 25.4f;
  private final byte[] pdf = Rendered.pdf(SampleDocuments.longReport(), "long");

  @Test
  void everyPageIsNumberedWithDashes() {
    int pages = PdfReading.pageCount(pdf);
    assertTrue(pages >= 2);
    for (int p = 1; p <= pages; p++) {
      assertFalse(PdfReading.positionsOf(pdf, p, "\u2014 " + p + " \u2014").isEmpty(), "page " + p);
    }
  }

  @Test
  void oddPageNumberIsRightAlignedOneCharacterInFromTheTypeArea() {
    List<TextPosition> number = PdfReading.positionsOf(pdf, 1, "\u2014 1 \u2014");
    TextPosition last = number.get(number.size() - 1);
    float right = last.getXDirAdj() + last.getWidthDirAdj();
    assertTrue(last.getXDirAdj() > last.getPageWidth() / 2);
    assertEquals((210 - 26) * MM - 14, right, 1.0);
  }

  @Test
  void evenPageNumberIsLeftAlignedOneCharacterInFromTheTypeArea() {
    TextPosition first = PdfReading.positionsOf(pdf, 2, "\u2014 2 \u2014").get(0);
    assertTrue(first.getXDirAdj() < first.getPageWidth() / 2);
    assertEquals(28 * MM + 14, first.getXDirAdj(), 1.0);
  }

  @Test
  void numberSitsBelowTheTypeArea() {
    TextPosition first = PdfReading.positionsOf(pdf, 1, "\u2014 1 \u2014").get(0);
    float typeAreaBottom = (37 + 225) * MM; // from the top, as PDFBox measures y
    assertTrue(first.getYDirAdj() > typeAreaBottom + 7 * MM, "baseline y " + first.getYDirAdj());
    assertTrue(first.getYDirAdj() < typeAreaBottom + 14 * MM, "baseline y " + first.getYDirAdj());
  }
}
