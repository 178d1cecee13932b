package cn.nianbao.render.pdf;

import cn.nianbao.document.DocumentInfo;
import cn.nianbao.render.color.SrgbProfile;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Calendar;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * What makes a PDF fit for an archive, independent of how its pages are drawn: PDF 1.7, the
 * document info and an XMP packet from {@link DocumentInfo} (dates from the data, never the
 * clock), and for a final document the PDF/A-2b identification and an sRGB OutputIntent. The
 * outline is built from the headings' positions; {@link PdfBytes} finishes the file (subset tags,
 * {@code /ID}, CIDSets) after OpenPDF has written it.
 */
final class ArchivalPdf {
  /** Dates are written at midnight China time: the 落款 date is a date in China. */
  static final TimeZone ZONE = TimeZone.getTimeZone("GMT+08:00");
  private static final String SRGB = "sRGB IEC61966-2.1";

  private ArchivalPdf() {}

  /**
   * Configures the writer and opens the document. Call instead of {@code document.open()}.
   *
   * @param pdfA true for a final document: PDF/A-2b metadata and OutputIntent
   */
  static void open(Document document, PdfWriter pdf, DocumentInfo info, boolean pdfA) {
    pdf.setPdfVersion(PdfWriter.VERSION_1_7);
    pdf.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    pdf.setXmpMetadata(Xmp.packet(info, pdfA));
    document.open();
    describe(pdf.getInfo(), info);
    if (pdfA) {
      outputIntent(pdf);
    }
  }

  /** The info dictionary: the same values as the XMP packet, which PDF/A requires. */
  private static void describe(PdfDictionary dict, DocumentInfo info) {
    text(dict, PdfName.TITLE, info.title());
    text(dict, PdfName.AUTHOR, info.author());
    text(dict, PdfName.SUBJECT, info.subject());
    text(dict, PdfName.KEYWORDS, info.keywords());
    text(dict, PdfName.CREATOR, DocumentInfo.generator());
    text(dict, PdfName.PRODUCER, DocumentInfo.generator());
    PdfDate date = new PdfDate(calendar(info));
    dict.put(PdfName.CREATIONDATE, date);
    dict.put(PdfName.MODDATE, date);
  }

  private static void text(PdfDictionary dict, PdfName key, String value) {
    if (value.isEmpty()) {
      dict.remove(key);
    } else {
      dict.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
    }
  }

  /** The document's date at 00:00 in {@link #ZONE}. */
  static Calendar calendar(DocumentInfo info) {
    Calendar c = new GregorianCalendar(ZONE);
    c.clear();
    c.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth());
    return c;
  }

  /**
   * The sRGB OutputIntent: device colours become sRGB. The profile is nianbao's compact one
   * ({@link SrgbProfile}), so no PDF loads the JDK's colour management.
   */
  private static void outputIntent(PdfWriter pdf) {
    try {
      PdfStream icc = new PdfStream(SrgbProfile.bytes());
      icc.put(PdfName.N, new PdfNumber(SrgbProfile.COMPONENTS));
      icc.put(PdfName.ALTERNATE, PdfName.DEVICERGB);
      icc.flateCompress(pdf.getCompressionLevel());
      PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
      intent.put(PdfName.S, PdfName.GTS_PDFA1);
      intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
      intent.put(PdfName.INFO, new PdfString(SRGB));
      intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
      intent.put(PdfName.DESTOUTPUTPROFILE, pdf.addToBody(icc).getIndirectReference());
      pdf.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The outline: one entry per heading, level-2 headings under the level-1 heading before them.
   * Call while the document is still open.
   */
  static void outline(PdfWriter pdf, List<Bookmark> bookmarks) {
    Deque<PdfOutline> parents = new ArrayDeque<>();
    for (Bookmark b : bookmarks) {
      while (parents.size() >= b.level()) {
        parents.pop();
      }
      PdfOutline parent = parents.isEmpty() ? pdf.getRootOutline() : parents.peek();
      PdfDestination at = new PdfDestination(PdfDestination.XYZ, 0, b.y(), 0);
      at.addPage(pdf.getPageReference(b.page()));
      parents.push(new PdfOutline(parent, at, b.title(), false));
    }
  }

  /**
   * One outline entry.
   *
   * @param title the heading's text
   * @param level 1 for a section heading, 2 for a subsection
   * @param page  the page, from 1
   * @param y     the top of the heading's line, in points from the page's bottom edge
   */
  record Bookmark(String title, int level, int page, float y) {}
}
