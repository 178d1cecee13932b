package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdfFontsTest {
  private final byte[] pdf = Rendered.pdf(SampleDocuments.shortReport(), "short");

  @Test
  void everyFontOnEveryPageIsAnEmbeddedSubset() {
    assertEquals(List.of(), PdfReading.fontProblems(pdf));
    assertTrue(PdfReading.allFontsEmbedded(pdf));
  }

  @Test
  void bodyTextIsSetInFandolFang() {
    assertOnly("FandolFang-Regular", PdfReading.fontsOf(pdf, "本报告根据"));
  }

  @Test
  void eachRoleHasItsOwnFont() {
    assertOnly("FandolSong-Bold", PdfReading.fontsOf(pdf, "年度报告"));
    assertOnly("FandolHei-Regular", PdfReading.fontsOf(pdf, "一、总体情况"));
    assertOnly("FandolKai-Regular", PdfReading.fontsOf(pdf, "（一）主动公开"));
    assertOnly("FandolSong-Regular", PdfReading.fontsOf(pdf, "— 1 —"));
  }

  @Test
  void runInHeadingAndBodyTextShareAParagraphInTheirOwnFonts() {
    assertOnly("FandolKai-Regular", PdfReading.fontsOf(pdf, "（二）依申请公开。"));
    assertOnly("FandolFang-Regular", PdfReading.fontsOf(pdf, "全年共收到申请"));
  }

  @Test
  void digitsOfBodyTextAreSetInTheLatinFace() {
    assertOnly("LiberationSerif", PdfReading.fontsOf(pdf, "12"));
    assertOnly("FandolFang-Regular", PdfReading.fontsOf(pdf, "件，经办人"));
  }

  private static void assertOnly(String family, Set<String> fonts) {
    assertEquals(1, fonts.size(), () -> "fonts " + fonts);
    String name = fonts.iterator().next();
    assertTrue(name.matches("[A-Z]{6}\\+" + family + "(-Identity-H)?"), name);
  }
}
