package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The ToUnicode CMap {@link CompactType0} writes, read back by PDFBox's CMap parser. */
class CompactToUnicodeTest {

  @Test
  void everyGlyphMapsToItsCharacterAcrossRangesBlocksAndSurrogatePairs() throws IOException {
    List<int[]> metrics = new ArrayList<>();
    for (int g = 0xF0; g < 0x110; g++) { // a run crossing a first-byte change, of glyphs and chars
      metrics.add(new int[] {g, 500, 0x30 + g - 0xF0});
    }
    for (int g = 0x200; g < 0x200 + 250; g++) { // 250 singles: three bfchar blocks
      metrics.add(new int[] {g, 1000, 0x4E00 + 7 * (g - 0x200)});
    }
    metrics.add(new int[] {0x400, 1000, 0x20000}); // 𠀀, beyond the BMP
    metrics.add(new int[] {0x401, 1000, 0x20001});
    metrics.add(new int[] {0x402, 0}); // drawn without a character
    byte[] cmapBytes = CompactType0.toUnicode(metrics.toArray(new int[0][]));

    CMap cmap = new CMapParser().parse(new RandomAccessReadBuffer(cmapBytes));
    for (int[] m : metrics) {
      if (m.length < 3) {
        assertNull(cmap.toUnicode(m[0]));
      } else {
        assertEquals(new String(Character.toChars(m[2])), cmap.toUnicode(m[0]), "glyph " + m[0]);
      }
    }
    String text = new String(cmapBytes, StandardCharsets.US_ASCII);
    assertTrue(text.contains("100 beginbfchar") && text.contains("52 beginbfchar"), text);
    assertTrue(text.contains("<00f0><00ff><0030>") && text.contains("<0100><010f><0040>"), text);
  }

  @Test
  void noCharacterNoCMap() {
    assertNull(CompactType0.toUnicode(new int[][] {{3, 1000}}));
  }
}
