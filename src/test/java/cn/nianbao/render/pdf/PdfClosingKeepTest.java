package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.nianbao.document.Block;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.testing.PdfReading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature and date stay together and with the last line of text before them. */
class PdfClosingKeepTest {
  private static final String SIGNATURE = "某某市人民政府办公室";
  private static final String DATE = "2022年1月20日";

  @Test
  void signatureAndDateAreNeverAloneAtTheTopOfAPage() {
    // 18 to 22 one-line paragraphs: the closing (blank line, signature, date) fits on page 1
    // only up to 19; from 20 on, it moves to page 2 taking the last paragraph with it.
    for (int paragraphs = 18; paragraphs <= 22; paragraphs++) {
      byte[] pdf = Rendered.pdf(document(paragraphs), "closing-keep");
      String last = "第" + paragraphs + "段。";
      int page = pageOf(pdf, last);
      assertEquals(page, pageOf(pdf, SIGNATURE), paragraphs + " paragraphs: signature");
      assertEquals(page, pageOf(pdf, DATE), paragraphs + " paragraphs: date");
      assertFalse(PdfReading.positionsOf(pdf, page, last).isEmpty());
    }
  }

  private static int pageOf(byte[] pdf, String text) {
    List<String> pages = PdfReading.pageTexts(pdf);
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).replaceAll("\\s", "").contains(text)) {
        return p + 1;
      }
    }
    return -1;
  }

  private static Document document(int paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= paragraphs; i++) {
      blocks.add(Paragraph.of("第" + i + "段。"));
    }
    blocks.add(new Closing(SIGNATURE, DATE));
    return new Document(PageSetup.GB_T_9704, blocks);
  }
}
