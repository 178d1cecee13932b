package cn.nianbao.render.html;

import cn.nianbao.document.Document;
import cn.nianbao.document.Title;
import cn.nianbao.spec.Spec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Renders a {@link Document} as one self-contained HTML5 page for previewing a report while it is
 * edited: fast (no fonts are read, no layout engine runs) and laid out like the DOCX and PDF. The
 * page is a box of the paper's width with the GB/T 9704 margins as padding; body 16 pt on a
 * 28.95 pt line pitch, paragraphs indented two characters; the title in the balanced lines of
 * {@link Title#lines}; headings in 黑体 and 楷体; the tables with the model's spans, header rows in
 * {@code <thead>}; the closing block placed per GB/T 9704 §7.3.5.2. A draft carries a red banner
 * and a diagonal watermark {@code 草稿}.
 *
 * <p>The page names the official fonts (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) first and
 * falls back to the platform's nearest; it embeds no font and loads nothing: no script, no
 * network. Unlike the DOCX and PDF it has no page breaks or page numbers on screen (printing it
 * uses A4 with the same margins).
 *
 * <p>Instances hold no state: one renderer can be reused, also from several threads.
 *
 * <pre>{@code
 * String html = HtmlRenderer.create().render(document);
 * }</pre>
 */
public final class HtmlRenderer {
  /** The banner text at the top of a draft. */
  public static final String DRAFT_MARK = Spec.DRAFT_NOTE;

  private HtmlRenderer() {}

  /** A renderer with the GB/T 9704 layout. */
  public static HtmlRenderer create() {
    return new HtmlRenderer();
  }

  /** The document as an HTML page. */
  public String render(Document doc) {
    StringWriter out = new StringWriter();
    try {
      render(doc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter never fails
    }
    return out.toString();
  }

  /**
   * Writes the document as an HTML page (UTF-8 when {@code out} encodes it so, as the page
   * declares) to {@code out}. The writer is flushed, not closed.
   *
   * @throws IOException if writing to {@code out} fails
   */
  public void render(Document doc, Writer out) throws IOException {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(out, "out");
    HtmlWriter html = new HtmlWriter(out);
    try {
      head(html, doc);
      html.tag("body");
      html.line();
      if (doc.draft()) {
        draftMark(html);
      }
      html.tag("main", "class", "page");
      html.line();
      doc.accept(new BlockHtml(html, doc.page()));
      html.end("main");
      html.line();
      html.end("body");
      html.line();
      html.end("html");
      html.line();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private static void head(HtmlWriter html, Document doc) {
    html.raw("<!DOCTYPE html>\n");
    html.tag("html", "lang", "zh-CN");
    html.line();
    html.tag("head");
    html.line();
    html.voidTag("meta", "charset", "utf-8");
    html.line();
    html.voidTag("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.line();
    html.tag("title");
    html.text((doc.draft() ? Spec.DRAFT_TITLE_PREFIX : "") + titleOf(doc));
    html.end("title");
    html.line();
    html.tag("style");
    html.line();
    html.raw(PageStyle.css(doc.page()));
    html.end("style");
    html.line();
    html.end("head");
    html.line();
  }

  private static void draftMark(HtmlWriter html) {
    html.tag("div", "class", "draft-mark", "role", "note");
    html.text(DRAFT_MARK);
    html.end("div");
    html.line();
    html.tag("div", "class", "watermark", "aria-hidden", "true");
    html.text(Spec.DRAFT_WATERMARK);
    html.end("div");
    html.line();
  }

  private static String titleOf(Document doc) {
    return doc.blocks().stream()
        .filter(Title.class::isInstance)
        .map(b -> ((Title) b).text().replace("\n", ""))
        .findFirst().orElse("政府信息公开工作年度报告");
  }
}
