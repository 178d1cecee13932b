package cn.nianbao.render.pdf;

import cn.nianbao.document.Document;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.GlyphReport;
import cn.nianbao.render.fonts.MissingGlyphsException;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.Typesetter;
import com.lowagie.text.ExceptionConverter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Renders a {@link Document} as a PDF: the document is checked for characters no font has, laid
 * out into pages by the {@link Typesetter}, and the pages drawn with the fonts of a {@link
 * FontSet} embedded as subsets (each character in the first font of its role's fallback chain
 * that has it).
 *
 * <p>Instances are immutable and thread-safe; reuse one for many documents. The fonts are parsed
 * once per process, on first use.
 */
public final class PdfRenderer {
  private final FontSet fonts;
  private final Typesetter typesetter;

  private PdfRenderer(FontSet fonts) {
    this.fonts = fonts;
    this.typesetter = Typesetter.create(fonts);
  }

  /** A renderer with the bundled fonts only: the same output on every machine. */
  public static PdfRenderer create() {
    return create(FontSet.bundled());
  }

  /** A renderer with the given fonts (see {@link FontSet#resolve}). */
  public static PdfRenderer create(FontSet fonts) {
    return new PdfRenderer(fonts);
  }

  /**
   * Writes the document as PDF to {@code out}; the stream is left open.
   *
   * @return which characters were set in a fallback font (the glyph check, made once)
   * @throws IOException when writing fails
   * @throws MissingGlyphsException when the text has characters that no font has; checked
   *     before anything is written to {@code out}
   */
  public GlyphReport render(Document doc, OutputStream out) throws IOException {
    GlyphReport glyphs = check(doc);
    render(typesetter.typeset(doc), titleOf(doc), out);
    return glyphs;
  }

  /**
   * The document's pages as this renderer sets them, after the glyph check.
   *
   * @throws MissingGlyphsException when the text has characters that no font has
   */
  public List<Page> pages(Document doc) {
    check(doc);
    return typesetter.typeset(doc);
  }

  private GlyphReport check(Document doc) {
    GlyphReport glyphs = fonts.check(doc);
    if (!glyphs.missing().isEmpty()) {
      throw new MissingGlyphsException(glyphs.missing());
    }
    return glyphs;
  }

  /** Draws pages already laid out (by {@link #pages}) as a PDF on {@code out}. */
  public void render(List<Page> pages, String title, OutputStream out) throws IOException {
    Page first = pages.get(0);
    try {
      PdfOutput pdf = PdfOutput.open((float) first.width(), (float) first.height(), title, out);
      PdfDevice.draw(pages, pdf);
      pdf.close();
    } catch (ExceptionConverter e) {
      if (e.getException() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  /** The document's title on one line, for the PDF's metadata. */
  public static String titleOf(Document doc) {
    return doc.blocks().stream()
        .filter(Title.class::isInstance)
        .map(b -> ((Title) b).text().replace("\n", ""))
        .findFirst().orElse("");
  }
}
