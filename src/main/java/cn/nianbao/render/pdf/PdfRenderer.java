package cn.nianbao.render.pdf;

import cn.nianbao.typeset.TitleLines;
import cn.nianbao.document.BlockVisitor;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.GlyphReport;
import cn.nianbao.render.fonts.MissingGlyphsException;
import com.lowagie.text.ExceptionConverter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a {@link Document} as a PDF laid out per GB/T 9704: A4 with the standard margins, the
 * fonts of a {@link FontSet} (embedded as subsets; each character in the first font of its role's
 * fallback chain that has it), page numbers {@code — N —} alternating outside edges, and a
 * visible mark on every page of a draft.
 *
 * <p>Instances are immutable and thread-safe; reuse one for many documents. The fonts are parsed
 * once per process, on first use.
 */
public final class PdfRenderer {
  private final PdfFonts fonts;

  private PdfRenderer(PdfFonts fonts) {
    this.fonts = fonts;
  }

  /** A renderer with the bundled fonts only: the same output on every machine. */
  public static PdfRenderer create() {
    return create(FontSet.bundled());
  }

  /** A renderer with the given fonts (see {@link FontSet#resolve}). */
  public static PdfRenderer create(FontSet fonts) {
    return new PdfRenderer(new PdfFonts(fonts));
  }

  /**
   * Writes the document as PDF to {@code out}; the stream is left open.
   *
   * @throws IOException when writing fails
   * @throws MissingGlyphsException when the text has characters that no font has; checked
   *     before anything is written to {@code out}
   */
  public void render(Document doc, OutputStream out) throws IOException {
    GlyphReport glyphs = fonts.set().check(doc);
    if (!glyphs.missing().isEmpty()) {
      throw new MissingGlyphsException(glyphs.missing());
    }
    OpenPdfWriter writer =
        new OpenPdfWriter(fonts, doc.page(), titleOf(doc), doc.draft(), out);
    try {
      doc.accept(new Context(writer, doc.page()));
      writer.close();
    } catch (ExceptionConverter e) {
      if (e.getException() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private static String titleOf(Document doc) {
    return doc.blocks().stream()
        .filter(Title.class::isInstance)
        .map(b -> ((Title) b).text().replace("\n", ""))
        .findFirst().orElse("");
  }

  /** Per-call state: the visitor that sends each block to this call's writer. */
  private static final class Context implements BlockVisitor {
    private final OpenPdfWriter writer;
    private final PageSetup page;

    Context(OpenPdfWriter writer, PageSetup page) {
      this.writer = writer;
      this.page = page;
    }

    @Override
    public void visit(Title title) {
      writer.title(TitleLines.of(title, page));
    }

    @Override
    public void visit(Heading heading) {
      writer.heading(heading.role(), heading.text());
    }

    @Override
    public void visit(Paragraph paragraph) {
      writer.paragraph(paragraph.runs());
    }

    @Override
    public void visit(Table table) {
      writer.table(table);
    }

    @Override
    public void visit(Closing closing) {
      writer.closing(closing);
    }
  }
}
