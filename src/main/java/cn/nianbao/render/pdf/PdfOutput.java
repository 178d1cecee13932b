package cn.nianbao.render.pdf;

import cn.nianbao.document.DocumentInfo;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * The one place that sets up OpenPDF's writer: page size, the archive settings and metadata
 * ({@link ArchivalPdf}), the {@link PdfWriter} and its lifecycle. Everything else draws on the
 * canvases it hands out.
 */
final class PdfOutput {
  private final Document document;
  private final PdfWriter writer;

  private PdfOutput(Document document, PdfWriter writer) {
    this.document = document;
    this.writer = writer;
  }

  /**
   * Opens a PDF on {@code out} (left open when closing) with the first page's size.
   *
   * @param draft true for a draft: no PDF/A identification
   * @param objectStreams true to write the dictionaries in compressed object streams and the
   *     cross-reference table as a stream (a 2020 example ~4.5 KB smaller); only when every font
   *     is nianbao's compact font, whose dictionaries need no patching after writing
   *     ({@link PdfBytes})
   */
  static PdfOutput open(float width, float height, DocumentInfo info, boolean draft,
      boolean objectStreams, OutputStream out) {
    Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false); // the caller owns the stream
    if (objectStreams) {
      writer.setFullCompression();
    }
    ArchivalPdf.open(document, writer, info, !draft);
    return new PdfOutput(document, writer);
  }

  /** Ends the current page (it counts even when nothing was drawn) and starts one of this size. */
  void newPage(float width, float height) {
    writer.setPageEmpty(false);
    document.setPageSize(new Rectangle(width, height));
    document.newPage();
  }

  /** The canvas above the page's content. */
  PdfContentByte canvas() {
    return writer.getDirectContent();
  }

  /** The canvas below the page's content (watermarks). */
  PdfContentByte under() {
    return writer.getDirectContentUnder();
  }

  /** Writes the outline and finishes the file. */
  void close(List<ArchivalPdf.Bookmark> outline) {
    writer.setPageEmpty(false);
    ArchivalPdf.outline(writer, outline);
    document.close();
  }
}
