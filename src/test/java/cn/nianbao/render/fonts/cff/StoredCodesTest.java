package cn.nianbao.render.fonts.cff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kept codes of each bundled CFF font are the ones its own sample gives, so a PDF is the same
 * whether they were kept or made. When a bundled font changes, this fails with the line to put
 * into {@code src/main/resources/cn/nianbao/render/fonts/cff/deflate-codes.txt}.
 */
class StoredCodesTest {
  @ParameterizedTest
  @ValueSource(strings = {"FandolFang-Regular.otf", "FandolHei-Regular.otf",
      "FandolKai-Regular.otf", "FandolSong-Bold.otf", "FandolSong-Regular.otf",
      "NotoSerifCJKsc-Regular.otf"})
  void theKeptCodesAreTheSampledOnes(String file) throws IOException {
    CffFont font = CffFont.of(Files.readAllBytes(Path.of("fonts", file)));
    DeflateCodes sampled = GlyphFlate.sampled(font);
    String line = StoredCodes.line(font.fingerprint(), file, sampled);
    DeflateCodes kept = StoredCodes.of(font)
        .orElseThrow(() -> new AssertionError("no kept codes; add the line\n" + line));
    assertArrayEquals(sampled.lengths(), kept.lengths(), "put this line instead:\n" + line);
  }

  @Test
  void anotherFontHasNoKeptCodes() throws IOException {
    byte[] file = Files.readAllBytes(Path.of("src/test/resources/fonts/configured",
        "FangSong_GB2312-test.otf"));
    assertTrue(StoredCodes.of(CffFont.of(file)).isEmpty());
  }

  @Test
  void lengthsThatDoNotMakeTwoCompleteCodesAreRefused() {
    int[] lengths = new int[DeflateCodes.LITERALS + DeflateCodes.DISTANCES];
    Arrays.fill(lengths, 9);
    assertThrows(IllegalArgumentException.class, () -> new DeflateCodes(lengths));
  }
}
