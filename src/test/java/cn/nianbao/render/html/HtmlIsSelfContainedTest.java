package cn.nianbao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.Examples;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One UTF-8 HTML5 file that loads nothing: no script, no link, no URL, no font file. */
class HtmlIsSelfContainedTest {
  @Test
  void thePageDeclaresUtf8AndLoadsNothing() throws Exception {
    Document html = ExampleHtml.render(Examples.ALL.get(2));
    String source = html.outerHtml();
    assertEquals("utf-8", html.selectFirst("head > meta[charset]").attr("charset"));
    assertEquals("zh-CN", html.selectFirst("html").attr("lang"));
    assertTrue(html.select("script, link, img, iframe, object, [src], [href]").isEmpty());
    assertFalse(source.contains("url(") || source.contains("@font-face") || source.contains("@import"));
    assertEquals(1, html.select("head > style").size());
  }

  @Test
  void everyPageIsAnA4BoxAndTheRolesNameTheOfficialFonts() throws Exception {
    Document html = ExampleHtml.render(Examples.ALL.get(0));
    for (var page : html.select("section.page")) {
      assertEquals("width: 595.276pt; height: 841.89pt", page.attr("style"));
    }
    // The body's first line starts two characters (2 × 156 mm / 28) right of the 28 mm margin.
    String first = html.selectFirst(".line.body > span").attr("style");
    assertTrue(first.startsWith("left: 110.956pt;"), first);
    String css = html.selectFirst("head > style").data();
    assertTrue(css.contains(".f-body { font-family: \"仿宋_GB2312\""), css);
    assertTrue(css.contains(".f-title { font-family: \"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\""), css);
  }

  @Test
  void withAFontUrlThePageLoadsThePdfsOwnFacesFromThere() throws Exception {
    var doc = cn.nianbao.template.ReportTemplates.bundled()
        .produce(cn.nianbao.binder.ReportBinder.bind(Examples.ALL.get(2).path()));
    String css = org.jsoup.Jsoup.parse(HtmlRenderer.create().withFontUrl("/fonts/").render(doc))
        .selectFirst("head > style").data();
    assertTrue(css.contains("@font-face { font-family: \"nb-FandolFang-Regular\"; "
        + "src: url(\"/fonts/FandolFang-Regular.otf\"); }"), css);
    assertTrue(css.contains("src: url(\"/fonts/LiberationSerif-Regular.ttf\")"), css);
  }
}
