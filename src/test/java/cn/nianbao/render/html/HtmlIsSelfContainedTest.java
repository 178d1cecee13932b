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
  void thePageBoxIsA4WithTheGbT9704MarginsAsPadding() throws Exception {
    String css = ExampleHtml.render(Examples.ALL.get(0)).selectFirst("head > style").data();
    assertTrue(css.contains("width: 210mm; min-height: 297mm;"), css);
    assertTrue(css.contains("padding: 37mm 26mm 35mm 28mm;"), css);
    assertTrue(css.contains("font: 16pt/28.95pt \"仿宋_GB2312\""), css);
    assertTrue(css.contains("font: 22pt/35pt \"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\""), css);
  }
}
