package cn.nianbao.render.pdf;

import cn.nianbao.document.Document;
import cn.nianbao.document.DocumentInfo;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.GlyphReport;
import cn.nianbao.render.fonts.MissingGlyphsException;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.Typesetter;
import com.lowagie.text.ExceptionConverter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Renders a {@link Document} as a PDF: the document is checked for characters no font has, laid
 * out into pages by the {@link Typesetter}, and the pages drawn with the fonts of a {@link
 * FontSet} embedded as subsets (each character in the first font of its role's fallback chain
 * that has it). A final document is PDF/A-2b with an outline of its headings; the same document
 * always gives the same bytes ({@link ArchivalPdf}, {@link PdfBytes}).
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
    render(typesetter.typeset(doc), info(doc), doc.draft(), out);
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

  /**
   * Draws pages already laid out (by {@link #pages}) as a PDF on {@code out}.
   *
   * @param draft true for a draft: no PDF/A identification (its marks are on the pages)
   */
  public void render(List<Page> pages, DocumentInfo info, boolean draft, OutputStream out)
      throws IOException {
    Page first = pages.get(0);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try {
      PdfOutput pdf = PdfOutput.open((float) first.width(), (float) first.height(), info, draft,
          PdfFaces.allCompact(fonts), written);
      PdfDevice.draw(pages, pdf);
      pdf.close(Outline.of(pages));
      out.write(PdfBytes.finish(written.toByteArray()));
    } catch (ExceptionConverter e) {
      if (e.getException() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private GlyphReport check(Document doc) {
    GlyphReport glyphs = fonts.check(doc);
    if (!glyphs.missing().isEmpty()) {
      throw new MissingGlyphsException(glyphs.missing());
    }
    return glyphs;
  }

  /** The document's metadata; a document without a title in it takes its title block's text. */
  public static DocumentInfo info(Document doc) {
    DocumentInfo info = doc.info();
    if (!info.title().isEmpty()) {
      return info;
    }
    String title = doc.blocks().stream()
        .filter(Title.class::isInstance)
        .map(b -> ((Title) b).text().replace("\n", ""))
        .findFirst().orElse("");
    return new DocumentInfo(title, info.author(), info.subject(), info.keywords(), info.date());
  }
}
