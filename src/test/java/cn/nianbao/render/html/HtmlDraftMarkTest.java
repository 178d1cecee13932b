package cn.nianbao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A draft carries a visible banner and watermark; a final document has neither. */
class HtmlDraftMarkTest {
  private final Document doc = document();

  @Test
  void aDraftHasTheBannerTheWatermarkAndADraftTitle() {
    org.jsoup.nodes.Document html = ExampleHtml.parse(doc.withDraft(true));
    assertEquals(HtmlRenderer.DRAFT_MARK, html.selectFirst("body > .draft-mark").text());
    int pages = html.select("section.page").size();
    assertTrue(pages >= 5, "pages: " + pages);
    assertEquals(pages, html.select("section.page > .watermark").size(), "a watermark on every page");
    assertEquals(pages, html.select("section.page > .line.draft_note").size(), "the note on every page");
    assertTrue(html.title().startsWith("【草稿】"), html.title());
  }

  @Test
  void aFinalDocumentCarriesNoMarkAnywhere() {
    String html = HtmlRenderer.create().render(doc.withDraft(false));
    assertFalse(html.contains("草稿"), "the style sheet and page must not mention 草稿");
    assertTrue(ExampleHtml.parse(doc.withDraft(false)).select(".draft-mark, .watermark").isEmpty());
  }

  private static Document document() {
    try {
      return ReportTemplates.bundled().produce(ReportBinder.bind(Path.of("examples/qingshuihe-2021.yaml")));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
