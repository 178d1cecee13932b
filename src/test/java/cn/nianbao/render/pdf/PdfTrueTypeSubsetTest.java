package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontSearch;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.testing.PdfReading;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.TrueTypeSubsets;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TrueType fonts (the bundled Latin face Liberation Serif, an installed .ttf) are embedded as
 * nianbao's own subsets: every character drawn in one selects the source font's glyph for that
 * character with its width, and the program holds exactly the used glyphs (with components)
 * under their source ids, with the source's outlines and widths, and valid checksums.
 */
class PdfTrueTypeSubsetTest {
  static Iterable<Example> examples() {
    return Examples.ALL;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theLatinFaceIsTheSourceReducedToTheUsedGlyphs(Example example) throws Exception {
    assertSubsetOf(Path.of("fonts", "LiberationSerif-Regular.ttf"), "LiberationSerif",
        ExamplePdfs.pdf(example));
  }

  @Test
  void anInstalledTrueTypeFontIsTheSourceReducedToTheUsedGlyphs(@TempDir Path dir)
      throws Exception {
    // The test font 楷体_GB2312 has the glyphs ABC123: a level-2 heading is set in it. Alone in
    // its folder: beside it, the test collection (.ttc, left to OpenPDF) would serve the role.
    Path font = Files.copy(Path.of("src/test/resources/fonts/names/KaiTi_GB2312-test.ttf"),
        dir.resolve("KaiTi_GB2312-test.ttf"));
    Document doc = new Document(PageSetup.GB_T_9704, List.of(new Title("年度报告"),
        new Heading(2, "ABC123"), Paragraph.of("本报告根据条例编制。")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create(FontSet.resolve(FontSearch.configuredOnly(dir))).render(doc, out);
    assertSubsetOf(font, "KaiTi_GB2312", out.toByteArray());
  }

  /** The PDF's one CIDFontType2 font is named {@code name} and a subset of {@code file}. */
  private static void assertSubsetOf(Path file, String name, byte[] pdf) throws Exception {
    byte[] source = Files.readAllBytes(file);
    TrueTypeFont sourceFont = TrueTypeSubsets.parse(source);
    try (PDDocument read = Loader.loadPDF(pdf)) {
      Map<PDType0Font, Set<Integer>> used = new HashMap<>();
      for (TextPosition g : PdfReading.drawn(read)) {
        if (g.getFont() instanceof PDType0Font font
            && font.getDescendantFont() instanceof PDCIDFontType2 cid) {
          int code = g.getCharacterCodes()[0];
          assertEquals(code, cid.codeToGID(code), "Identity CIDToGIDMap");
          int gid = sourceFont.getUnicodeCmapLookup().getGlyphId(g.getUnicode().codePointAt(0));
          assertEquals(gid, code, () -> "glyph of " + g.getUnicode());
          float width = sourceFont.getAdvanceWidth(code) * 1000f / sourceFont.getUnitsPerEm();
          assertEquals(width, font.getWidth(code), 1f, g.getUnicode());
          used.computeIfAbsent(font, f -> new TreeSet<>()).add(code);
        }
      }
      assertEquals(1, used.size(), "one TrueType font: " + name);
      for (Map.Entry<PDType0Font, Set<Integer>> e : used.entrySet()) {
        String embedded = e.getKey().getName();
        assertTrue(embedded.matches("[A-Z]{6}\\+" + name), embedded);
        assertFalse(embedded.startsWith("AAAAAA+"), "the tag is derived from the program");
        byte[] program;
        try (InputStream in = e.getKey().getFontDescriptor().getFontFile2().createInputStream()) {
          program = in.readAllBytes();
        }
        TrueTypeSubsets.assertSubset(source, program, e.getValue());
      }
    }
  }

}
