package cn.nianbao.typeset;

import cn.nianbao.document.BlockVisitor;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Heading;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontMetrics;
import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Document} out as {@link Page}s per GB/T 9704 and the {@link Spec}: the title in
 * balanced lines, body text on the 22-line grid with 28 characters a line, headings kept with
 * what follows (and with a table's first rows), tables split across pages with their header rows
 * and cut group labels repeated, the closing block kept with the last line of text, page numbers
 * and draft marks. Every decision of layout is made here; the PDF and the preview only draw the
 * pages.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Typesetter {
  private final FontMetrics metrics;

  private Typesetter(FontMetrics metrics) {
    this.metrics = metrics;
  }

  /** A typesetter measuring text with these fonts. */
  public static Typesetter create(FontMetrics metrics) {
    return new Typesetter(metrics);
  }

  /**
   * The document's pages.
   *
   * @throws IllegalArgumentException when a character has no font (check the glyphs first)
   */
  public List<Page> typeset(Document document) {
    PageFlow flow = new PageFlow(document.page());
    Flow visitor = new Flow(flow, document);
    document.accept(visitor);
    visitor.flush();
    return Decorations.finish(flow, metrics, document.draft());
  }

  /** Per-call state: the lines held back for keeps. */
  private final class Flow implements BlockVisitor {
    private final PageFlow flow;
    private final Document document;
    private final BodyLines body;
    private final TableSetter tables;
    /** The last line of the last paragraph, held so that the closing block can keep with it. */
    private LineDraft pendingLast;
    /** The lines of the last heading, held so that a table can keep with it. */
    private final List<LineDraft> heading = new ArrayList<>();
    private boolean afterTable;

    Flow(PageFlow flow, Document document) {
      this.flow = flow;
      this.document = document;
      double width = flow.right - flow.left;
      body = new BodyLines(metrics, flow.left, width);
      tables = new TableSetter(metrics, flow.left, width);
    }

    @Override
    public void visit(Title title) {
      flush();
      for (String line : TitleLines.of(title, document.page())) {
        flow.place(body.centred(line, FontRole.TITLE, Spec.TITLE_PITCH, TextLine.Kind.TITLE,
            title.origin()));
      }
      flow.space(Spec.LINES_AFTER_TITLE * Spec.LINE_PITCH);
      afterTable = false;
    }

    @Override
    public void visit(Paragraph paragraph) {
      flush();
      List<LineDraft> lines = body.lines(paragraph.runs(), TextLine.Kind.BODY,
          paragraph.origin());
      lines.subList(0, lines.size() - 1).forEach(flow::place);
      pendingLast = lines.get(lines.size() - 1);
      afterTable = false;
    }

    /**
     * A heading on its own line, indented like body text; it starts a new page rather than end
     * one, and gets half a line of space when it follows a table.
     */
    @Override
    public void visit(Heading h) {
      flush();
      double before = afterTable ? Spec.AFTER_TABLE : 0;
      if (flow.room() < before + (1 + Spec.HEADING_KEEP_LINES) * Spec.LINE_PITCH) {
        flow.newPage();
        before = 0;
      }
      List<LineDraft> lines = body.lines(List.of(new Run(h.text(), h.role())),
          TextLine.Kind.HEADING, Origin.NONE);
      heading.add(lines.get(0).withBefore(before));
      heading.addAll(lines.subList(1, lines.size()));
      afterTable = false;
    }

    @Override
    public void visit(Table table) {
      List<LineDraft> title = new ArrayList<>(heading);
      heading.clear();
      flush();
      double titleHeight = title.stream().mapToDouble(LineDraft::height).sum();
      TableSetter.Measured whole = tables.measure(table);
      // The section heading above a table goes to the next page with the table's first rows
      // (or with the whole table, when it is kept together) rather than stay behind alone.
      if (!title.isEmpty() && flow.room() < titleHeight
          + tables.leadHeight(whole, flow.area - titleHeight)) {
        flow.newPage();
      }
      title.forEach(flow::place);
      TableSetter.Pagination pagination = tables.paginate(whole, flow.room(), flow.area);
      if (pagination.newPageFirst()) {
        flow.newPage();
      }
      List<TableSetter.Measured> parts = pagination.parts();
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          flow.newPage();
        }
        double top = flow.reserve(parts.get(i).height() + 2 * Spec.TABLE_GAP) + Spec.TABLE_GAP;
        tables.place(parts.get(i), top, flow.currentCells(), flow.currentLines());
      }
      afterTable = true;
    }

    /**
     * 落款 without seal (GB/T 9704 §7.3.5.2): signature and date right-aligned at the indents of
     * {@link ClosingLayout}, one empty line below the text, on one page together with the last
     * line of the text before them. A character is one em of the body size here: the lines are
     * set without the grid's letter spacing.
     */
    @Override
    public void visit(Closing closing) {
      LineDraft last = pendingLast;
      pendingLast = null;
      flush();
      ClosingLayout layout = ClosingLayout.of(closing);
      double em = Spec.size(FontRole.BODY);
      int keep = last == null ? 0 : Spec.CLOSING_KEEP_LINES;
      if (flow.room() < (keep + Spec.LINES_BEFORE_CLOSING + 2) * Spec.LINE_PITCH) {
        flow.newPage();
      }
      if (last != null) {
        flow.place(last);
      }
      flow.space(Spec.LINES_BEFORE_CLOSING * Spec.LINE_PITCH);
      flow.place(body.rightAligned(closing.signature(), layout.signatureIndent() * em,
          closing.signatureOrigin()));
      flow.place(body.rightAligned(closing.date(), layout.dateIndent() * em,
          closing.dateOrigin()));
      afterTable = false;
    }

    /** Places the held-back lines. */
    void flush() {
      heading.forEach(flow::place);
      heading.clear();
      if (pendingLast != null) {
        flow.place(pendingLast);
        pendingLast = null;
      }
    }
  }
}
