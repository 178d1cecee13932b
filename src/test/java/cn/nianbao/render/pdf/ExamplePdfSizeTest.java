package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.Examples;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's size budget: the 2020 example's final PDF, with the bundled fonts, stays within
 * 250,000 bytes. On failure the message lists each embedded font program's stored size, which is
 * where nearly all of the file is.
 */
class ExamplePdfSizeTest {
  private static final int BUDGET = 250_000;

  @Test
  void theExamplePdfStaysWithinItsBudget() throws Exception {
    byte[] pdf = ExamplePdfs.pdf(Examples.ALL.get(0));
    assertTrue(pdf.length <= BUDGET,
        () -> pdf.length + " bytes > " + BUDGET + "; font programs: " + programSizes(pdf));
  }

  private static Map<String, Long> programSizes(byte[] pdf) {
    Map<String, Long> sizes = new TreeMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          PDFontDescriptor d = font.getFontDescriptor();
          if (d == null && font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t) {
            d = t.getDescendantFont().getFontDescriptor();
          }
          var program = d == null ? null
              : d.getFontFile3() != null ? d.getFontFile3() : d.getFontFile2();
          if (program != null) {
            COSStream stream = program.getCOSObject();
            sizes.put(font.getName(), stream.getLength());
          }
        }
      }
    } catch (Exception e) {
      sizes.put("(unreadable: " + e.getMessage() + ")", 0L);
    }
    return sizes;
  }
}
