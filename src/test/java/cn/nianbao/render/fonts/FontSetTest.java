package cn.nianbao.render.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.FontRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontSetTest {
  static final Path CONFIGURED = Path.of("src/test/resources/fonts/configured");
  static final Path NAMES = Path.of("src/test/resources/fonts/names");

  @Test
  void withoutInstalledFontsEveryRoleUsesItsBundledFontThenNoto() {
    FontSet fonts = FontSet.bundled();
    List<String> body = fonts.chain(FontRole.BODY).stream().map(Face::family).toList();
    assertEquals(List.of("FandolFang-Regular", "NotoSerifCJKsc-Regular"), body);
    assertEquals(FontSource.BUNDLED, fonts.primary(FontRole.HEADING1).source());
    assertEquals("LiberationSerif", fonts.latin().family());
  }

  @Test
  void officialFontInTheConfiguredFolderComesFirst() {
    FontSet fonts = FontSet.resolve(FontSearch.configuredOnly(CONFIGURED));
    Face body = fonts.primary(FontRole.BODY);
    assertEquals("仿宋_GB2312", body.family());
    assertEquals(FontSource.CONFIGURED, body.source());
    assertTrue(body.location().endsWith("FangSong_GB2312-test.otf"), body.location());
    List<String> chain = fonts.chain(FontRole.BODY).stream().map(Face::family).toList();
    assertEquals(List.of("仿宋_GB2312", "FandolFang-Regular", "NotoSerifCJKsc-Regular"), chain);
    assertEquals(FontSource.BUNDLED, fonts.primary(FontRole.TITLE).source(), "no 小标宋 there");
  }

  @Test
  void faceOfACollectionIsFoundByItsIndex() {
    FontSet fonts = FontSet.resolve(FontSearch.configuredOnly(NAMES));
    Face hei = fonts.primary(FontRole.HEADING1);
    assertEquals("黑体", hei.family());
    assertTrue(hei.location().endsWith("KaiTi-SimHei-test.ttc,1"), hei.location());
    assertEquals("KaiTi_GB2312", fonts.primary(FontRole.HEADING2).postscriptName());
  }

  @Test
  void eachCharacterGoesToTheFirstFaceThatHasIt() {
    FontSet fonts = FontSet.resolve(FontSearch.configuredOnly(CONFIGURED));
    List<Face> chain = fonts.chain(FontRole.BODY);
    assertSame(chain.get(0), fonts.faceFor('报', FontRole.BODY), "in the 仿宋_GB2312 subset");
    assertSame(chain.get(1), fonts.faceFor('总', FontRole.BODY), "not in the subset: FandolFang");
    assertSame(chain.get(2), fonts.faceFor('堃', FontRole.BODY), "outside GB2312: Noto");
    assertSame(fonts.latin(), fonts.faceFor('7', FontRole.BODY), "digits of body text");
    assertSame(fonts.primary(FontRole.TITLE), fonts.faceFor('7', FontRole.TITLE),
        "titles keep digits in their own face");
    assertNull(fonts.faceFor(0xE000, FontRole.BODY));
  }

  @Test
  void coverageCountsIdeographsAndGb2312() {
    Coverage fandol = Coverage.of(FontSet.bundled().primary(FontRole.BODY));
    assertEquals(6763, fandol.gb2312All());
    assertTrue(fandol.coversGb2312());
    Coverage subset = Coverage.of(FontSet.resolve(FontSearch.configuredOnly(CONFIGURED))
        .primary(FontRole.BODY));
    assertTrue(subset.ideographs() > 20 && subset.ideographs() < 40, subset.toString());
    assertTrue(!subset.coversGb2312());
  }
}
