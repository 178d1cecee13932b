package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} and fonts: rare characters come out, a character no font has stops the render. */
class RenderFontsTest {
  private static final Path CASES = Path.of("src/test/resources/font-cases");
  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void rareCharactersOfOrganizationAndNarrativeAreAllInThePdf() throws Exception {
    assertEquals(0, cli.run("render", CASES.resolve("rare-characters.yaml").toString(), "-o", dir.toString()));
    String text = PdfReading.text(Files.readAllBytes(dir.resolve("rare-characters.pdf")))
        .replaceAll("\\s", "");
    for (String c : "堃镕喆昇犇淼垚玥珺祎".split("")) {
      assertTrue(text.contains(c), c + " missing");
    }
    assertTrue(text.contains("示例市堃镕街道办事处2020年政府信息公开工作年度报告"), text);
    // 淼 is in GB2312, so FandolFang has it: no fallback needed
    assertTrue(text.contains("由喆昇、犇淼、垚玥、珺祎四位同志授课"), text);
    assertTrue(cli.out().contains("注：堃镕喆昇犇垚玥珺祎 不在该角色的字体中，已用后备字体排版"), cli.out());
  }

  @Test
  void characterInNoFontExitsTwoWithItsPlacesAndWritesNothing() throws Exception {
    Path output = Files.createDirectories(dir.resolve("out"));
    int code = cli.run("render", CASES.resolve("missing-glyph.yaml").toString(), "-o", output.toString());
    assertEquals(2, code);
    // each character points at the line:column of the value it stands in: the title, the
    // paragraph and the 落款 署名 of the data file
    assertEquals("missing-glyph.yaml:5:5: 错误 GLYPH: “\uE002”（U+E002） 在所有可用字体中都没有字形，无法排版"
        + "（标题）：请改用其他字，或用 --fonts-dir 指定含这个字的字体所在的文件夹\n"
        + "missing-glyph.yaml:17:9: 错误 GLYPH: “\uE000”（U+E000） 在所有可用字体中都没有字形，无法排版"
        + "（一、总体情况 第2段）：请改用其他字，或用 --fonts-dir 指定含这个字的字体所在的文件夹\n"
        + "missing-glyph.yaml:91:7: 错误 GLYPH: “\uE001”（U+E001） 在所有可用字体中都没有字形，无法排版"
        + "（落款 署名）：请改用其他字，或用 --fonts-dir 指定含这个字的字体所在的文件夹\n"
        + "missing-glyph.yaml: 有 3 个字符无法排版，未生成任何文件。\n", cli.err());
    try (Stream<Path> files = Files.list(output)) {
      assertEquals(List.of(), files.toList());
    }
  }

  @Test
  void fontsDirThatDoesNotExistIsAUsageError() {
    assertEquals(2, cli.run("render", "examples/hancongou-2020.yaml", "--fonts-dir",
        dir.resolve("nowhere").toString(), "-o", dir.toString()));
    assertTrue(cli.err().contains("字体文件夹不存在"), cli.err());
  }

  @Test
  void configuredFolderFontIsUsedForBodyText() throws Exception {
    assertEquals(0, cli.run("render", "examples/hancongou-2020.yaml", "-o", dir.toString(),
        "--fonts-dir", "src/test/resources/fonts/configured"));
    byte[] pdf = Files.readAllBytes(dir.resolve("hancongou-2020.pdf"));
    assertTrue(PdfReading.fontsUsed(pdf).stream().anyMatch(f -> f.contains("FangSong_GB2312")),
        PdfReading.fontsUsed(pdf).toString());
    assertEquals(List.of(), PdfReading.fontProblems(pdf));
  }
}
