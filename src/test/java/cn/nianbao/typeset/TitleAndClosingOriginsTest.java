package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.diagnostic.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The title and the 落款 are made from data too: their lines on the page, and in the preview,
 * point at the values they print.
 */
class TitleAndClosingOriginsTest {
  private static final Path FILE = Path.of("examples/qingshuihe-2021.yaml");

  @Test
  void titleLinesPointAtTheOrganizationTheyAreMadeFrom() throws Exception {
    List<TextLine> title = lines(TextLine.Kind.TITLE);
    assertFalse(title.isEmpty());
    for (TextLine line : title) {
      // no 标题 in this file: the title is made from 机关 and 年度
      assertEquals("示例市清水河街道办事处", written(line.origin().span()), line.text());
      assertEquals(8, line.origin().span().startLine());
    }
  }

  @Test
  void closingLinesPointAtTheSignatureAndTheDate() throws Exception {
    List<TextLine> closing = lines(TextLine.Kind.CLOSING);
    assertEquals(2, closing.size());
    assertEquals("示例市清水河街道办事处", closing.get(0).text());
    assertEquals("示例市清水河街道办事处", written(closing.get(0).origin().span()));
    assertEquals(116, closing.get(0).origin().span().startLine());
    assertEquals("2022年1月20日", closing.get(1).text());
    assertEquals("2022-01-20", written(closing.get(1).origin().span()));
    assertEquals(117, closing.get(1).origin().span().startLine());
  }

  @Test
  void thePreviewCarriesTheSameSpansOnTheTitleAndTheClosing() {
    var html = Jsoup.parse(LaidOut.of(FILE).html());
    for (Element line : html.select("div.line.title")) {
      assertEquals("8:5", line.attr("data-span"), line.text());
    }
    List<String> closing = html.select("div.line.closing").eachAttr("data-span");
    assertEquals(List.of("116:7", "117:7"), closing);
    assertTrue(html.select("div.line.title").size() > 0);
  }

  private static List<TextLine> lines(TextLine.Kind kind) {
    return LaidOut.of(FILE).pages().stream().flatMap(p -> p.lines().stream())
        .filter(l -> l.kind() == kind).toList();
  }

  private static String written(Span span) throws Exception {
    return Files.readString(FILE, StandardCharsets.UTF_8)
        .substring(span.startOffset(), span.endOffset()).strip();
  }
}
