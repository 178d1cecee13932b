package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FontsCommandTest {
  private final CliRun cli = new CliRun();

  @Test
  void listsEachRoleWithFontSourceAndCoverage() {
    assertEquals(0, cli.run("fonts", "--fonts-dir", "src/test/resources/fonts/configured"));
    String text = cli.out();
    assertTrue(text.contains("查找顺序：指定的字体文件夹 src/test/resources/fonts/configured → 系统字体文件夹 → nianbao 内置字体"), text);
    assertTrue(text.contains("正文（官方字体 仿宋_GB2312）：\n  使用 仿宋_GB2312（指定的字体文件夹，"), text);
    assertTrue(text.contains("src/test/resources/fonts/configured/FangSong_GB2312-test.otf）："
        + "汉字 29 个，GB2312 汉字 29/6763\n"), text);
    assertTrue(text.contains("标题（官方字体 方正小标宋简体）：\n  未找到 方正小标宋简体、FZXiaoBiaoSong-B05S、方正小标宋_GBK、"
        + "FZXiaoBiaoSong-B05，使用内置替代字体\n  使用 FandolSong-Bold"), text);
    assertTrue(text.contains("  后备 FandolFang-Regular（nianbao 内置，fonts/FandolFang-Regular.otf）："
        + "汉字 7942 个，覆盖 GB2312 全部 6763 个汉字"), text);
    assertTrue(text.contains("一级标题（官方字体 黑体）："), text);
    assertTrue(text.contains("页码（官方字体 宋体）："), text);
  }

  @Test
  void withADataFileListsTheFallbackCharactersAndWhere() {
    assertEquals(0, cli.run("fonts", "src/test/resources/font-cases/rare-characters.yaml"));
    String text = cli.out();
    assertTrue(text.contains("  后备 “堃”（U+5803） → NotoSerifCJKsc-Regular（nianbao 内置）：标题；"), text);
    assertTrue(text.contains("  后备 “喆”（U+5586） → NotoSerifCJKsc-Regular（nianbao 内置）：一、总体情况 第3段"), text);
  }

  @Test
  void missingCharactersAreListedAndExitTwo() {
    assertEquals(2, cli.run("fonts", "src/test/resources/font-cases/missing-glyph.yaml"));
    assertTrue(cli.out().contains("  缺字 “\uE000”（U+E000）：一、总体情况 第2段\n"), cli.out());
    assertTrue(cli.out().contains("  缺字 “\uE001”（U+E001）：落款 署名\n"), cli.out());
    assertTrue(cli.out().contains("  缺字 “\uE002”（U+E002）：标题\n"), cli.out());
    assertFalse(cli.out().contains("所有字符都在各自用途的字体中"), "no all-clear beside missing ones");
    assertEquals("missing-glyph.yaml: 有 3 个字符没有任何可用字体，无法生成 PDF。\n", cli.err());
  }

  @Test
  void helpIsInChineseWithExitCodes() {
    assertEquals(0, cli.run("fonts", "--help"));
    assertTrue(cli.out().contains("--fonts-dir=<文件夹>"), cli.out());
    assertTrue(cli.out().contains("NIANBAO_FONTS_DIR"), cli.out());
    assertTrue(cli.out().contains("退出码："), cli.out());
  }
}
