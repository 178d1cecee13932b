package cn.nianbao.render.fonts.ttf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.TrueTypeSubsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** Subsets of the bundled Liberation Serif, read back with FontBox. */
class GlyfFontTest {
  private static final Path LIBERATION = Path.of("fonts", "LiberationSerif-Regular.ttf");

  @Test
  void keepsTheUsedGlyphsAndTheComponentsOfComposites() throws Exception {
    byte[] file = Files.readAllBytes(LIBERATION);
    TrueTypeFont source = TrueTypeSubsets.parse(file);
    Set<Integer> used = new TreeSet<>();
    for (int c : "0123456789%Éǻ".codePoints().toArray()) {
      used.add(source.getUnicodeCmapLookup().getGlyphId(c));
    }
    assertFalse(used.contains(0), "every character is in the font");
    // the test means something only if some glyph is a composite (Ǻ's parts are composites too)
    assertTrue(TrueTypeSubsets.kept(source, used).size() > used.size() + 2);
    byte[] subset = GlyfFont.of(ByteBuffer.wrap(file)).subset(
        used.stream().mapToInt(Integer::intValue).toArray());
    TrueTypeSubsets.assertSubset(file, subset, used);
    assertTrue(subset.length < file.length / 10, subset.length + " bytes");
  }

  @Test
  void everyGlyphKeptNeedsTheLongLocationFormat() throws Exception {
    byte[] file = Files.readAllBytes(LIBERATION);
    GlyfFont font = GlyfFont.of(ByteBuffer.wrap(file));
    Set<Integer> all = new TreeSet<>();
    for (int g = 0; g < font.glyphCount(); g++) {
      all.add(g);
    }
    byte[] subset = font.subset(all.stream().mapToInt(Integer::intValue).toArray());
    assertEquals(1, ByteBuffer.wrap(subset).getShort(indexToLocFormat(subset)));
    TrueTypeSubsets.assertSubset(file, subset, all);
  }

  @Test
  void aGlyphOutsideTheFontIsAnError() throws Exception {
    GlyfFont font = GlyfFont.of(ByteBuffer.wrap(Files.readAllBytes(LIBERATION)));
    assertThrows(IllegalArgumentException.class, () -> font.subset(new int[] {font.glyphCount()}));
  }

  @Test
  void aCffFontIsNoTrueTypeFont() throws Exception {
    ByteBuffer otf = ByteBuffer.wrap(Files.readAllBytes(Path.of("fonts", "FandolFang-Regular.otf")));
    assertFalse(GlyfFont.isGlyf(otf));
    assertTrue(GlyfFont.isGlyf(ByteBuffer.wrap(Files.readAllBytes(LIBERATION))));
  }

  /** Where head's indexToLocFormat is in a font file. */
  private static int indexToLocFormat(byte[] font) {
    ByteBuffer b = ByteBuffer.wrap(font);
    for (int i = 0; i < b.getShort(4); i++) {
      if (b.getInt(12 + 16 * i) == 0x68656164) { // 'head'
        return b.getInt(12 + 16 * i + 8) + 50;
      }
    }
    throw new AssertionError("no head table");
  }
}
