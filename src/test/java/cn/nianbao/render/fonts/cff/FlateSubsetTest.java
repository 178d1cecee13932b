package cn.nianbao.render.fonts.cff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.Zlib;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.IntStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Subsets of every bundled CFF face as zlib streams, read back with the runtime's own zlib
 * ({@link Inflater}, which also checks the Adler-32): the same bytes as the uncompressed
 * subset, for subsets made of each glyph's Deflate codes and for small ones compressed whole.
 */
class FlateSubsetTest {
  /** The bytes of a stored block's lengths: present when the codes path was taken. */
  private static final String STORED_EMPTY = "0000ffff";

  @ParameterizedTest
  @ValueSource(strings = {"FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular",
      "FandolSong-Regular", "FandolSong-Bold", "NotoSerifCJKsc-Regular"})
  void subsetsInflateToTheSubsetProgram(String name) throws Exception {
    CffFont font = CffFont.of(Files.readAllBytes(Path.of("fonts", name + ".otf")));
    int count = font.glyphCount();
    int[][] subsets = {
        IntStream.range(0, count).filter(g -> g % 29 == 3).toArray(), // spread through the font
        IntStream.range(count / 2, Math.min(count, count / 2 + 700)).toArray(), // a run
        {0, count / 3, count - 1}, // small: compressed whole
        {}, // .notdef alone
    };
    for (int[] glyphs : subsets) {
      byte[] program = font.subset(glyphs);
      byte[] zlib = font.subsetZlib(glyphs);
      assertArrayEquals(program, Zlib.inflate(zlib), () -> name + " " + glyphs.length + " glyphs");
      boolean coded = charStringBytes(font, glyphs) >= FlateSubset.SMALLEST;
      assertEquals(coded, HexFormat.of().formatHex(zlib).contains(STORED_EMPTY),
          () -> name + ": " + glyphs.length + " glyphs coded from the glyphs' codes");
    }
  }

  @Test
  void aFontWithoutKeptCodesMakesItsOwn() throws Exception {
    CffFont font = CffFont.of(Files.readAllBytes(
        Path.of("src/test/resources/fonts/configured", "FangSong_GB2312-test.otf")));
    assertTrue(StoredCodes.of(font).isEmpty());
    int[] all = IntStream.range(0, font.glyphCount()).toArray();
    assertTrue(charStringBytes(font, all) >= FlateSubset.SMALLEST);
    byte[] zlib = font.subsetZlib(all);
    assertArrayEquals(font.subset(all), Zlib.inflate(zlib));
    assertTrue(HexFormat.of().formatHex(zlib).contains(STORED_EMPTY));
  }

  @Test
  void aGlyphsCodesAreMadeOnceAndTheStreamIsTheSameEachTime() throws IOException {
    CffFont font = CffFont.of(Files.readAllBytes(Path.of("fonts", "FandolKai-Regular.otf")));
    int[] glyphs = IntStream.range(100, 400).toArray();
    byte[] first = font.subsetZlib(glyphs);
    assertArrayEquals(first, font.subsetZlib(glyphs));
    CffFont again = CffFont.of(Files.readAllBytes(Path.of("fonts", "FandolKai-Regular.otf")));
    assertArrayEquals(first, again.subsetZlib(glyphs), "a new process makes the same codes");
  }

  @Test
  void matchesWithinAGlyphAreFound() {
    byte[] b = "abcabcabcabcxyzxyzabcabc".getBytes();
    int[] tokens = GlyphMatches.of(b);
    assertTrue(tokens.length < b.length / 2, () -> tokens.length + " tokens");
    byte[] out = new byte[b.length];
    int n = 0;
    for (int t : tokens) {
      if (GlyphMatches.isMatch(t)) {
        for (int k = 0, length = t >>> 16, distance = t & 0xFFFF; k < length; k++, n++) {
          out[n] = out[n - distance];
        }
      } else {
        out[n++] = (byte) t;
      }
    }
    assertArrayEquals(b, out);
  }

  private static int charStringBytes(CffFont font, int[] glyphs) {
    return IntStream.concat(IntStream.of(0), IntStream.of(glyphs)).distinct()
        .map(g -> font.subsetCharString(g).length).sum();
  }
}
