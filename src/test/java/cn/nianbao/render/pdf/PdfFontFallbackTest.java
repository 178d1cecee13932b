package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.render.fonts.MissingGlyphsException;
import cn.nianbao.testing.PdfReading;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfFontFallbackTest {
  @Test
  void charactersFandolLacksComeOutInTheFallbackFont() {
    byte[] pdf = Rendered.pdf(SampleDocuments.shortReport(), "short");
    String text = PdfReading.text(pdf).replaceAll("\\s", "");
    // all ten rare characters (堃镕喆昇犇淼垚玥珺祎), in order, none a box or a gap
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MissingGlyphsException e = assertThrows(MissingGlyphsException.class,
        () -> PdfRenderer.create().render(doc, out));
    assertEquals("以下字符在所有可用字体中都没有字形，无法排版：\n"
        + "  “😀”（U+1F600）：正文开头 第1段\n"
        + "  “\uE000”（U+E000）：正文开头 第1段\n"
        + "请改用其他字，或用 --fonts-dir 指定一个放有含这些字的字体的文件夹。", e.getMessage());
    assertEquals(0, out.size(), "checked before anything is written");
  }
}
