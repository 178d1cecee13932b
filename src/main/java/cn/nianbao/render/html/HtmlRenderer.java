package cn.nianbao.render.html;

import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontMetrics;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.spec.Spec;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.Typesetter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link Document} as one HTML5 page that shows the same pages as the PDF: the document
 * is laid out by the {@link Typesetter} with the same fonts' metrics, and every page is drawn as
 * an element {@code data-page="N"} of the paper's size holding each line absolutely positioned at
 * the page model's coordinates, so the preview breaks every line and page where the PDF does. A
 * draft carries a red banner, the note in each page's top margin and a diagonal watermark.
 *
 * <p>Fonts are named by the spec's CSS families (the official font where it is installed, else
 * the platform's nearest); with a font URL prefix ({@link #withFontUrl}) the page loads the very
 * faces the PDF embeds from there instead. Without one it loads nothing: no script, no network.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String html = HtmlRenderer.create().render(document);
 * }</pre>
 */
public final class HtmlRenderer {
  /** The banner text at the top of a draft. */
  public static final String DRAFT_MARK = Spec.DRAFT_NOTE;

  private final FontSet fonts;
  private final Typesetter typesetter;
  private final String fontUrl;

  private HtmlRenderer(FontSet fonts, String fontUrl) {
    this.fonts = fonts;
    this.typesetter = Typesetter.create(new Lenient(fonts));
    this.fontUrl = fontUrl;
  }

  /** A renderer laying out with the bundled fonts, the PDF's default. */
  public static HtmlRenderer create() {
    return create(FontSet.bundled());
  }

  /** A renderer laying out with these fonts: pass the PDF's font set to get the PDF's pages. */
  public static HtmlRenderer create(FontSet fonts) {
    return new HtmlRenderer(fonts, null);
  }

  /**
   * The same renderer loading each face from {@code prefix + file name} (e.g. a workbench route
   * {@code /fonts/}); null: local font names only.
   */
  public HtmlRenderer withFontUrl(String prefix) {
    return new HtmlRenderer(fonts, prefix);
  }

  /** The document's pages, as the preview draws them. */
  public List<Page> pages(Document doc) {
    return typesetter.typeset(doc);
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
      HtmlDevice.draw(pages(doc), titleOf(doc), doc.draft(), fontUrl, html);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private static String titleOf(Document doc) {
    return doc.blocks().stream()
        .filter(Title.class::isInstance)
        .map(b -> ((Title) b).text().replace("\n", ""))
        .findFirst().orElse("");
  }

  /**
   * The fonts, but a character no font has is set in the role's own face at the spec's width:
   * the preview must show a document that the PDF would refuse, while it is being edited.
   */
  private record Lenient(FontSet fonts) implements FontMetrics {
    @Override
    public Face faceFor(int codePoint, FontRole role) {
      Face face = fonts.faceFor(codePoint, role);
      return face != null ? face : fonts.primary(role);
    }
  }
}
