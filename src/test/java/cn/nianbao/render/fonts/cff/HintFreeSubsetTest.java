package cn.nianbao.render.fonts.cff;

import static cn.nianbao.testing.Charstrings.hintOperators;
import static cn.nianbao.testing.Charstrings.outline;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.cff.Type2CharString;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Subsets of every glyph of each bundled CFF font, read back with FontBox: the Fandol fonts,
 * which have no subroutines, lose their hints and keep each glyph's outline and width exactly;
 * Noto Serif CJK, which has subroutines, keeps its charstrings byte for byte.
 */
class HintFreeSubsetTest {
  @ParameterizedTest
  @ValueSource(strings = {"FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular",
      "FandolSong-Regular", "FandolSong-Bold"})
  void everyGlyphKeepsItsOutlineAndWidthWithoutHints(String name) throws IOException {
    Read font = Read.whole(name);
    assertTrue(font.source.getGlobalSubrIndex().isEmpty(), name);
    for (int gid = 0; gid < font.source.getNumCharStrings(); gid++) {
      Type2CharString before = font.sourceGlyph(gid);
      Type2CharString after = font.subset.getType2CharString(gid);
      int g = gid;
      assertEquals(outline(before), outline(after), () -> name + " glyph " + g);
      assertEquals(before.getWidth(), after.getWidth(), () -> name + " width of glyph " + g);
      assertEquals(0, hintOperators(font.subset.getCharStringBytes().get(gid)), () -> name + " " + g);
    }
  }

  @Test
  void hintedGlyphsOfFandolFangAndHeiLoseTheirHintsAndBytes() throws IOException {
    for (String name : List.of("FandolFang-Regular", "FandolHei-Regular")) {
      Read font = Read.whole(name);
      long hinted = IntStream.range(0, font.source.getNumCharStrings())
          .filter(g -> hintOperators(font.source.getCharStringBytes().get(g)) > 0).count();
      assertTrue(hinted > 0, name);
      long before = font.source.getCharStringBytes().stream().mapToLong(b -> b.length).sum();
      long after = font.subset.getCharStringBytes().stream().mapToLong(b -> b.length).sum();
      assertTrue(after < before, () -> name + ": " + after + " >= " + before);
    }
  }

  @Test
  void aFontWithSubroutinesKeepsItsCharstringsAsTheyAre() throws IOException {
    Read font = Read.whole("NotoSerifCJKsc-Regular");
    assertFalse(font.source.getGlobalSubrIndex().isEmpty());
    for (int gid = 0; gid < font.source.getNumCharStrings(); gid++) {
      assertArrayEquals(font.source.getCharStringBytes().get(gid),
          font.subset.getCharStringBytes().get(gid), "glyph " + gid);
    }
  }

  /** A bundled font and its subset of all glyphs, whose glyph ids and CIDs are the font's. */
  private record Read(CFFFont source, CFFCIDFont subset) {
    static Read whole(String name) throws IOException {
      byte[] file = Files.readAllBytes(Path.of("fonts", name + ".otf"));
      CFFFont source;
      try (var otf = new OTFParser().parse(new RandomAccessReadBuffer(file))) {
        source = otf.getCFF().getFont();
      }
      int[] all = IntStream.range(0, source.getNumCharStrings()).toArray();
      byte[] program = CffFont.of(file).subset(all);
      CFFFont subset = new CFFParser().parse(new RandomAccessReadBuffer(program)).get(0);
      return new Read(source, (CFFCIDFont) subset);
    }

    Type2CharString sourceGlyph(int gid) throws IOException {
      boolean cid = source instanceof CFFCIDFont;
      return source.getType2CharString(cid ? source.getCharset().getCIDForGID(gid) : gid);
    }
  }
}
