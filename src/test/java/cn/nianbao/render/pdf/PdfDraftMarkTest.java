package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfDraftMarkTest {
  private static final String NOTE = "草稿（未经核对，不得发布）";

  @Test
  void draftCarriesTheMarkOnEveryPage() {
    byte[] pdf = Rendered.pdf(SampleDocuments.longReport().withDraft(true), "long-draft");
    int pages = PdfReading.pageCount(pdf);
    assertTrue(pages >= 2);
    for (int p = 1; p <= pages; p++) {
      assertFalse(PdfReading.positionsOf(pdf, p, NOTE).isEmpty(), "note on page " + p);
      List<List<TextPosition>> marks = PdfReading.occurrencesOf(pdf, p, "草稿");
      assertEquals(2, marks.size(), "watermark and note on page " + p);
      assertTrue(marks.stream().anyMatch(m -> m.get(0).getFontSizeInPt() > 50),
          "large watermark on page " + p);
    }
  }

  @Test
  void finalDocumentHasNoDraftMark() {
    byte[] pdf = Rendered.pdf(SampleDocuments.longReport(), "long");
    assertFalse(PdfReading.text(pdf).contains("草稿"));
  }
}
