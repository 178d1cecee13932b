package cn.nianbao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Cell;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Row;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Document text is always text: markup characters in the data never become HTML. */
class HtmlEscapingTest {
  private static final String NASTY = "甲<script>alert(\"x\")</script> & <b>乙</b> &amp;";

  private final Document doc = new Document(PageSetup.GB_T_9704, List.of(
      new Title(NASTY),
      new Heading(1, NASTY),
      new Heading(2, NASTY),
      new Paragraph(List.of(new Run(NASTY, FontRole.HEADING2), new Run(NASTY, FontRole.BODY))),
      new Table(List.of(1, 1), 1, List.of(
          new Row(List.of(Cell.of(NASTY), Cell.of("a<br>b\nc&d"))),
          new Row(List.of(new Cell(NASTY, 1, 2, Cell.Align.LEFT))))),
      new Closing(NASTY, "2022年1月20日")));

  @Test
  void markupCharactersInTheTextComeOutAsText() {
    String html = HtmlRenderer.create().render(doc);
    org.jsoup.nodes.Document parsed = ExampleHtml.parse(doc);
    assertTrue(parsed.select("script, b").isEmpty(), html);
    assertTrue(html.contains("甲&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;b&gt;乙&lt;/b&gt; &amp;amp;"), html);
    String body = String.join("", parsed.select(".line.body").eachText());
    assertEquals(NASTY + NASTY, body.replace(" ", "").equals(body) ? body : body, body);
    List<String> headings = parsed.select(".line.heading").eachText();
    assertEquals(List.of(NASTY, NASTY), headings);
    assertEquals(NASTY, parsed.selectFirst(".line.closing").text());
    assertEquals(NASTY, parsed.title());
  }

  @Test
  void aLineBreakInACellStartsALineAndEverythingElseIsText() {
    org.jsoup.nodes.Document parsed = ExampleHtml.parse(doc);
    List<String> cells = parsed.select(".line.cell").eachText();
    assertTrue(cells.contains("a<br>b") && cells.contains("c&d"), cells.toString());
    assertTrue(parsed.select("br").isEmpty());
  }
}
