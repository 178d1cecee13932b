package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.TrueTypeSubsets;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled Latin face (Liberation Serif, TrueType) is embedded as nianbao's own subset: every
 * character drawn in it selects the source font's glyph for that character, and the program holds
 * exactly the used glyphs (with components) under their source ids, with the source's outlines
 * and widths, and valid checksums.
 */
class PdfTrueTypeSubsetTest {
  private static final Path LIBERATION = Path.of("fonts", "LiberationSerif-Regular.ttf");

  static Iterable<Example> examples() {
    return Examples.ALL;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theLatinFaceIsTheSourceReducedToTheUsedGlyphs(Example example) throws Exception {
    byte[] source = Files.readAllBytes(LIBERATION);
    TrueTypeFont sourceFont = TrueTypeSubsets.parse(source);
    try (PDDocument pdf = Loader.loadPDF(ExamplePdfs.pdf(example))) {
      Map<PDType0Font, Set<Integer>> used = new HashMap<>();
      for (TextPosition g : glyphs(pdf)) {
        if (g.getFont() instanceof PDType0Font font
            && font.getDescendantFont() instanceof PDCIDFontType2 cid) {
          int code = g.getCharacterCodes()[0];
          assertEquals(code, cid.codeToGID(code), "Identity CIDToGIDMap");
          int expected = sourceFont.getUnicodeCmapLookup().getGlyphId(g.getUnicode().codePointAt(0));
          assertEquals(expected, code, () -> "glyph of " + g.getUnicode());
          float width = sourceFont.getAdvanceWidth(code) * 1000f / sourceFont.getUnitsPerEm();
          assertEquals(width, font.getWidth(code), 1f, g.getUnicode());
          used.computeIfAbsent(font, f -> new TreeSet<>()).add(code);
        }
      }
      assertEquals(1, used.size(), "one TrueType font: Liberation Serif");
      for (Map.Entry<PDType0Font, Set<Integer>> e : used.entrySet()) {
        assertTrue(e.getKey().getName().matches("[A-Z]{6}\\+LiberationSerif"), e.getKey().getName());
        assertFalse(e.getKey().getName().startsWith("AAAAAA+"), "the tag is derived");
        byte[] program;
        try (InputStream in = e.getKey().getFontDescriptor().getFontFile2().createInputStream()) {
          program = in.readAllBytes();
        }
        TrueTypeSubsets.assertSubset(source, program, e.getValue());
      }
    }
  }

  private static Iterable<TextPosition> glyphs(PDDocument doc) throws Exception {
    List<TextPosition> all = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        all.add(text);
      }
    };
    stripper.writeText(doc, Writer.nullWriter());
    return all;
  }
}
