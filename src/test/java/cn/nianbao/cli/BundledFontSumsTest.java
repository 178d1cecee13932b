package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.render.fonts.FontSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed hashes of the bundled fonts, which the manifest records without reading the
 * fonts, are those of the font files: after changing a font, run
 * {@code (cd fonts && sha256sum *.otf *.ttf > SHA256SUMS)}.
 */
class BundledFontSumsTest {
  @Test
  void theListHasEveryBundledFontWithItsCurrentHash() throws IOException {
    List<String> expected = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("fonts"))) {
      for (Path font : files.filter(f -> f.toString().matches(".*\\.(otf|ttf)")).sorted().toList()) {
        expected.add(Hashes.of(font) + "  " + font.getFileName());
      }
    }
    List<String> listed = Files.readAllLines(Path.of(Hashes.BUNDLED_SUMS), StandardCharsets.UTF_8)
        .stream().filter(line -> !line.isBlank()).sorted((a, b) -> a.substring(66)
            .compareTo(b.substring(66))).toList();
    assertEquals(expected, listed);
  }

  @Test
  void aBundledFontIsHashedFromTheList() throws IOException {
    String listed = Files.readAllLines(Path.of(Hashes.BUNDLED_SUMS)).get(0);
    String name = listed.substring(66);
    assertEquals(Hashes.of(Path.of("fonts", name)),
        Hashes.fonts(FontSet.bundled()).get("fonts/" + name));
  }
}
