package cn.nianbao.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Learns where OpenPDF put each heading (a generic tag on its first chunk reports page and
 * position when the line is drawn) and writes the outline when the document closes, after the
 * last line has been drawn.
 */
final class HeadingMarks extends PdfPageEventHelper {
  private static final String PREFIX = "nianbao-heading-";

  private final List<String> titles = new ArrayList<>();
  private final List<Integer> levels = new ArrayList<>();
  private final List<ArchivalPdf.Bookmark> placed = new ArrayList<>();
  private final Set<Integer> seen = new HashSet<>();

  /** Marks {@code first}, the first chunk of a heading, as the outline entry {@code title}. */
  void mark(Chunk first, String title, int level) {
    first.setGenericTag(PREFIX + titles.size());
    titles.add(title);
    levels.add(level);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    if (!text.startsWith(PREFIX)) {
      return;
    }
    int i = Integer.parseInt(text.substring(PREFIX.length()));
    // A heading that wraps reports each line; the first line is the one to jump to.
    if (seen.add(i)) {
      placed.add(new ArchivalPdf.Bookmark(titles.get(i), levels.get(i), writer.getPageNumber(),
          rect.getTop()));
    }
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    ArchivalPdf.outline(writer, placed);
  }
}
