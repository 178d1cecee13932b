package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontSearch;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.testing.PdfReading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An official font in the configured folder is used instead of the bundled stand-in. The folder
 * holds a few dozen glyphs of FandolFang renamed 仿宋_GB2312 / FangSong_GB2312 (see
 * src/test/resources/fonts/README.md).
 */
class PdfConfiguredFontTest {
  private static final Path CONFIGURED = Path.of("src/test/resources/fonts/configured");
  private static final String BODY = "本报告根据中华人民共和国政府信息公开条例编制。";
  private static final Document DOC = new Document(PageSetup.GB_T_9704, List.of(
      new Title("年度报告"), new Heading(1, "一、总体情况"), Paragraph.of(BODY),
      Paragraph.of("全年共收到申请12件。")));

  @Test
  void bodyTextIsSetInTheOfficialFontFromTheConfiguredFolder() throws IOException {
    byte[] pdf = render(FontSet.resolve(FontSearch.configuredOnly(CONFIGURED)), "configured");
    assertOnly("FangSong_GB2312", PdfReading.fontsOf(pdf, BODY));
    assertOnly("FangSong_GB2312", PdfReading.fontsOf(pdf, "全年共收到申请"));
    assertOnly("LiberationSerif", PdfReading.fontsOf(pdf, "12"));
    assertOnly("FandolHei-Regular", PdfReading.fontsOf(pdf, "一、总体情况"));
    assertEquals(List.of(), PdfReading.fontProblems(pdf));
    assertTrue(PdfReading.allFontsEmbedded(pdf));
  }

  @Test
  void withoutAConfiguredFolderBodyTextIsInFandolFang() throws IOException {
    byte[] pdf = render(FontSet.resolve(FontSearch.configuredOnly(null)), "unconfigured");
    assertOnly("FandolFang-Regular", PdfReading.fontsOf(pdf, BODY));
  }

  private static byte[] render(FontSet fonts, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create(fonts).render(DOC, out);
    return out.toByteArray();
  }

  private static void assertOnly(String family, Set<String> fonts) {
    assertEquals(1, fonts.size(), () -> "fonts " + fonts);
    String name = fonts.iterator().next();
    assertTrue(name.matches("[A-Z]{6}\\+" + family + "(-Identity-H)?"), name);
  }
}
