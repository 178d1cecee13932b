package cn.nianbao.render.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The light table reader reads what FontBox's full parser reads, for every bundled font. */
class SfntTablesTest {
  @ParameterizedTest
  @ValueSource(strings = {"FandolFang-Regular.otf", "FandolSong-Bold.otf", "FandolHei-Regular.otf",
      "FandolKai-Regular.otf", "FandolSong-Regular.otf", "LiberationSerif-Regular.ttf",
      "NotoSerifCJKsc-Regular.otf"})
  void glyphsAdvancesAndNamesAreFontBoxs(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("fonts", file));
    SfntTables light = SfntTables.read(ByteBuffer.wrap(bytes), 0);
    TrueTypeFont full = (file.endsWith(".otf") ? new OTFParser(true) : new TTFParser(true))
        .parse(new RandomAccessReadBuffer(bytes));
    assertEquals(full.getName(), light.postscriptName());
    assertEquals(full.getUnitsPerEm(), light.unitsPerEm());
    assertEquals(file.endsWith(".otf"), light.cff());
    assertFalse(light.restricted());
    CmapLookup cmap = full.getUnicodeCmapLookup();
    int found = 0;
    for (int c = 0; c < 0x30000; c++) {
      int gid = light.glyphId(c);
      String ch = "U+" + Integer.toHexString(c);
      assertEquals(cmap.getGlyphId(c), gid, ch);
      if (gid > 0) {
        found++;
        assertEquals(full.getAdvanceWidth(gid), light.advance(gid), ch);
      }
    }
    assertTrue(found > 200, "characters found: " + found);
  }
}
