package cn.nianbao.render.pdf;

import cn.nianbao.spec.Spec;
import cn.nianbao.typeset.ClosingLayout;
import cn.nianbao.document.Closing;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that talks to OpenPDF's document API: page setup, metadata and the paragraph
 * rules of GB/T 9704: a fixed 28.95 pt line pitch (22 lines a page), 28 characters a line, a
 * two-character first-line indent with wrapped lines flush left.
 *
 * <p>Body text is broken into lines here ({@link ParagraphLines}), not by OpenPDF, so that the
 * line-breaking rules see a whole paragraph across runs and font changes; each line is then set
 * with the character spacing that makes it fill the line exactly (the last line of a paragraph
 * keeps the grid spacing). One instance per render call.
 */
final class OpenPdfWriter {
  private static final float MM = PageDecorations.MM;
  static final float LINE_PITCH = (float) Spec.LINE_PITCH;
  static final int CHARS_PER_LINE = Spec.CHARS_PER_LINE;
  private static final float TITLE_PITCH = (float) Spec.TITLE_PITCH;
  /** Slack kept at the right edge so OpenPDF never re-breaks a line we measured as fitting. */
  private static final float EDGE = (float) Spec.MEASURE_SLACK;
  /** Lines a heading needs below itself on its page, so it is not left alone at the bottom. */
  private static final int HEADING_KEEP = Spec.HEADING_KEEP_LINES;

  private final PdfFonts fonts;
  private final Document document;
  private final PdfWriter pdf;
  /** The bottom edge of the type area, in points from the page's bottom edge. */
  private final float typeAreaBottom;
  /** Width of one grid character: the type-area width / 28. */
  private final float gridChar;
  /** Character spacing that puts 28 body characters on a line (negative: −0.21 pt on A4). */
  private final float gridSpacing;
  /** The lines of the last paragraph, held back so the closing block can keep with them. */
  private final List<Element> pending = new ArrayList<>();
  /** The lines of the last heading, held back so that a table can keep with it. */
  private final List<Element> heading = new ArrayList<>();
  private float headingHeight;
  private boolean afterTable;

  OpenPdfWriter(PdfFonts fonts, PageSetup page, String title, boolean draft, OutputStream out) {
    this.fonts = fonts;
    typeAreaBottom = (float) page.bottomMm() * MM;
    // OpenPDF starts a new page when a line plus one more leading would not fit, so with the
    // true bottom margin only 21 lines of 28.95 pt fit in 225 mm. Its margin is one line lower;
    // page numbers, tables and keeps measure from the true type area.
    document = new Document(new Rectangle((float) page.widthMm() * MM, (float) page.heightMm() * MM),
        (float) page.leftMm() * MM, (float) page.rightMm() * MM,
        (float) page.topMm() * MM, typeAreaBottom - LINE_PITCH);
    gridChar = (float) page.typeAreaWidthMm() * MM / CHARS_PER_LINE;
    gridSpacing = (float) Spec.LETTER_SPACING;
    pdf = PdfWriter.getInstance(document, out);
    pdf.setCloseStream(false); // the caller owns the stream
    pdf.setPageEvent(new PageDecorations(fonts, draft, typeAreaBottom));
    document.addTitle(title);
    document.addCreator("nianbao");
    document.addProducer("nianbao");
    document.open();
  }

  /** Centred title lines (already wrapped), then one empty body line. */
  void title(List<String> lines) {
    flush();
    Paragraph p = new Paragraph(fonts.phrase(String.join("\n", lines), FontRole.TITLE));
    p.setFont(fonts.font(FontRole.TITLE));
    p.setLeading(TITLE_PITCH, 0);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(LINE_PITCH);
    document.add(p);
  }

  /** A body paragraph; each run in its own role's font. */
  void paragraph(List<Run> runs) {
    flush();
    pending.addAll(lines(runs, 0));
    afterTable = false;
  }

  /**
   * A heading on its own line, indented like body text; it starts a new page rather than end
   * one, and gets half a line of space when it follows a table.
   */
  void heading(FontRole role, String text) {
    flush();
    float before = afterTable ? (float) Spec.AFTER_TABLE : 0;
    if (room() < before + (1 + HEADING_KEEP) * LINE_PITCH) {
      document.newPage();
      before = 0;
    }
    List<Element> lines = lines(List.of(new Run(text, role)), before);
    heading.addAll(lines);
    headingHeight = before + lines.size() * LINE_PITCH;
    afterTable = false;
  }

  void table(Table table) {
    List<Element> title = new ArrayList<>(heading);
    float titleHeight = headingHeight;
    heading.clear();
    flush();
    PdfTables tables = new PdfTables(fonts, document.right() - document.left());
    float page = document.top() - typeAreaBottom;
    // The section heading above a table goes to the next page with the table's first rows (or
    // with the whole table, when it is kept together) rather than stay behind alone.
    if (!title.isEmpty() && room() < titleHeight + tables.leadHeight(table, page - titleHeight)) {
      document.newPage();
    }
    title.forEach(document::add);
    PdfTables.Pagination pagination = tables.paginate(table, room(), page);
    if (pagination.newPageFirst()) {
      document.newPage();
    }
    List<Table> parts = pagination.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        document.newPage();
      }
      document.add(tables.build(parts.get(i)));
    }
    afterTable = true;
  }

  /**
   * 落款 without seal (GB/T 9704 §7.3.5.2): signature 右空二字 one line below the text, the date
   * on the next line starting two characters right of the signature's start; a date longer than
   * the signature gets the 2-character right indent and pushes the signature left. The signature
   * and date stay on one page together with the last line of the text before them.
   */
  void closing(Closing closing) {
    String signature = closing.signature();
    String date = closing.date();
    Element lastLine = pending.isEmpty() ? null : pending.remove(pending.size() - 1);
    flush();
    // The two lines are right-aligned without the body grid's character spacing: a character is
    // one em of the body size.
    float em = fonts.size(FontRole.BODY);
    float sigIndent = (float) ClosingLayout.of(closing).signatureIndent() * em;
    float dateIndent = (float) ClosingLayout.of(closing).dateIndent() * em;
    int keep = lastLine == null ? 0 : Spec.CLOSING_KEEP_LINES;
    if (room() < (keep + Spec.LINES_BEFORE_CLOSING + 2) * LINE_PITCH) {
      document.newPage();
    }
    if (lastLine != null) {
      document.add(lastLine);
    }
    Paragraph sig = rightAligned(signature, sigIndent);
    sig.setSpacingBefore(LINE_PITCH);
    document.add(sig);
    document.add(rightAligned(date, dateIndent));
    afterTable = false;
  }

  void close() {
    flush();
    document.close();
  }

  /** Adds the held-back lines of the last paragraph. */
  private void flush() {
    heading.forEach(document::add);
    heading.clear();
    pending.forEach(document::add);
    pending.clear();
  }

  /** Height left on the current page below what has been added, in points. */
  private float room() {
    return pdf.getVerticalPosition(true) - typeAreaBottom;
  }

  /** The runs broken into lines, one OpenPDF paragraph per line. */
  private List<Element> lines(List<Run> runs, float spaceBefore) {
    StringBuilder text = new StringBuilder();
    List<FontRole> roleOf = new ArrayList<>();
    for (Run run : runs) {
      fonts.width(run.text(), run.role()); // reports every character no font has, at once
      text.append(run.text());
      run.text().chars().forEach(c -> roleOf.add(run.role()));
    }
    float[] natural = new float[text.length()];
    boolean[] stretch = new boolean[text.length()];
    float[] advance = new float[text.length()];
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLowSurrogate(text.charAt(i))) {
        int cp = text.codePointAt(i);
        natural[i] = fonts.width(Character.toString(cp), roleOf.get(i));
        int next = i + Character.charCount(cp);
        // Spacing goes between characters, never inside a number or a Latin word.
        stretch[i] = next >= text.length() || !ChineseLineBreaks.isWordChar(text.charAt(i))
            || !ChineseLineBreaks.isWordChar(text.charAt(next));
        advance[i] = natural[i] + (stretch[i] ? gridSpacing : 0);
      }
    }
    float width = CHARS_PER_LINE * gridChar - EDGE;
    float indent = Spec.INDENT_CHARS * gridChar;
    // The last character of a line has no spacing after it: its (negative) share is given back.
    List<Integer> ends =
        ParagraphLines.breaks(text, advance, width - indent - gridSpacing, width - gridSpacing,
            gridChar);
    List<Element> lines = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < ends.size(); k++) {
      int end = ends.get(k);
      boolean last = k == ends.size() - 1;
      float lineWidth = k == 0 ? width - indent : width;
      Line line = new Line(text, roleOf, natural, stretch, start, end);
      float fill = line.spacingToFill(lineWidth);
      // A paragraph's last line keeps the grid spacing, unless it is full and needs to close up.
      Paragraph p = line.paragraph(last ? Math.min(gridSpacing, fill) : fill);
      if (k == 0) {
        p.setIndentationLeft(indent);
        p.setSpacingBefore(spaceBefore);
      }
      lines.add(p);
      start = end;
    }
    return lines;
  }

  /** One line of a paragraph: characters [start, end) of the paragraph's text. */
  private final class Line {
    private final CharSequence text;
    private final List<FontRole> roleOf;
    private final float[] natural;
    private final boolean[] stretch;
    private final int start;
    /** Index of the last visible character (trailing spaces dropped). */
    private final int lastChar;
    private final int end;

    Line(CharSequence text, List<FontRole> roleOf, float[] natural, boolean[] stretch, int start,
        int end) {
      this.text = text;
      this.roleOf = roleOf;
      this.natural = natural;
      this.stretch = stretch;
      this.start = start;
      int visibleEnd = end;
      while (visibleEnd > start + 1 && text.charAt(visibleEnd - 1) == ' ') {
        visibleEnd--;
      }
      this.end = visibleEnd;
      this.lastChar = visibleEnd - Character.charCount(Character.codePointBefore(text, visibleEnd));
    }

    /** The spacing for the stretchable gaps that makes the last glyph end at {@code width}. */
    float spacingToFill(float width) {
      float used = 0;
      int gaps = 0;
      for (int i = start; i < end; i++) {
        used += natural[i];
        gaps += i < lastChar && stretch[i] && natural[i] > 0 ? 1 : 0;
      }
      return gaps == 0 ? gridSpacing : (width - used) / gaps;
    }

    /**
     * The line as an OpenPDF paragraph: stretchable gaps get {@code spacing}, gaps inside words
     * none, and the last character none, so a filled line ends exactly at the edge.
     */
    Paragraph paragraph(float spacing) {
      Paragraph p = new Paragraph();
      p.setFont(fonts.font(FontRole.BODY));
      p.setLeading(LINE_PITCH, 0);
      p.setAlignment(Element.ALIGN_LEFT);
      int i = start;
      while (i < end) {
        float s = gap(i, spacing);
        int j = i;
        while (j < end && roleOf.get(j) == roleOf.get(i) && gap(j, spacing) == s) {
          j++;
        }
        for (Object o : fonts.phrase(text.subSequence(i, j).toString(), roleOf.get(i))
            .getChunks()) {
          Chunk chunk = (Chunk) o;
          chunk.setCharacterSpacing(s);
          p.add(chunk);
        }
        i = j;
      }
      return p;
    }

    private float gap(int i, float spacing) {
      if (Character.isLowSurrogate(text.charAt(i))) {
        return gap(i - 1, spacing);
      }
      return i >= lastChar || !stretch[i] ? 0 : spacing;
    }
  }

  private Paragraph rightAligned(String text, float rightIndent) {
    Paragraph p = new Paragraph(fonts.phrase(text, FontRole.BODY));
    p.setFont(fonts.font(FontRole.BODY));
    p.setLeading(LINE_PITCH, 0);
    p.setAlignment(Element.ALIGN_RIGHT);
    p.setIndentationRight(rightIndent);
    return p;
  }
}
