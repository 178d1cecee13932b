package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.testing.PdfReading;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfFontFallbackTest {
  @Test
  void charactersFandolLacksComeOutInTheFallbackFont() {
    byte[] pdf = Rendered.pdf(SampleDocuments.shortReport(), "short");
    String text = PdfReading.text(pdf).replaceAll("\\s", "");
    assertTrue(text.contains("经办人" + SampleDocuments.RARE + "逐件答复"), text);
    // 堃 is outside GB2312, so Fandol lacks it
    assertTrue(PdfReading.fontsOf(pdf, "堃").stream().allMatch(f -> f.contains("NotoSerifCJKsc")),
        () -> PdfReading.fontsOf(pdf, "堃").toString());
    assertTrue(PdfReading.fontsOf(pdf, "逐件答复").stream().allMatch(f -> f.contains("FandolFang")),
        "the text after the fallback characters is back in the body font");
    assertEquals(List.of(), PdfReading.fontProblems(pdf));
  }

  @Test
  void characterInNoFontIsReportedByName() {
    Document doc = new Document(PageSetup.GB_T_9704, List.of(Paragraph.of("表情😀符号\uE000")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PdfRenderer.create().render(doc, new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("😀 (U+1F600)"), e.getMessage());
    assertTrue(e.getMessage().contains("U+E000"), e.getMessage());
  }
}
