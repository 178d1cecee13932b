package cn.nianbao.importer;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** One PDF page as the importer sees it: characters with positions, ruling lines, then lines and tables. */
final class PdfPage {
  /** Lines closer than this (pt) are one line; a gap this small between boxes is no gap. */
  private static final double TOLERANCE = 1.5;

  /**
   * A character: its text, left edge, baseline (from the top of the page), width and size.
   *
   * @param readable false when the PDF gives no Unicode text for it
   */
  record Glyph(String text, double x, double y, double width, double size, boolean readable) {
    double centerX() {
      return x + width / 2;
    }

    double centerY() {
      return y - size * 0.35;
    }
  }

  /** A ruling line, from the top-left: x1 ≤ x2, y1 ≤ y2. */
  record Segment(double x1, double y1, double x2, double y2) {
    boolean horizontal() {
      return y2 - y1 < 1 && x2 - x1 > 3;
    }

    boolean vertical() {
      return x2 - x1 < 1 && y2 - y1 > 3;
    }
  }

  /** A line of text outside the tables. */
  record Line(String text, double left, double right, double y, double em) {}

  /** A line or a table, in reading order. */
  record Item(double top, Line line, PdfTable table) {}

  /** What a page holds. */
  record Content(int number, List<Glyph> glyphs, List<Item> items) {}

  private PdfPage() {}

  static Content read(PDDocument doc, PDPage page, int number) throws IOException {
    List<Glyph> glyphs = glyphs(doc, number);
    Rules rules = new Rules(page);
    rules.processPage(page);
    List<PdfTable> tables = PdfTable.find(rules.segments, TOLERANCE);
    List<Glyph> loose = new ArrayList<>();
    for (Glyph g : glyphs) {
      boolean inTable = false;
      for (PdfTable t : tables) {
        if (t.take(g)) {
          inTable = true;
          break;
        }
      }
      if (!inTable) {
        loose.add(g);
      }
    }
    List<Item> items = new ArrayList<>();
    tables.forEach(t -> items.add(new Item(t.top(), null, t)));
    lines(loose).forEach(l -> items.add(new Item(l.y(), l, null)));
    items.sort(Comparator.comparingDouble(Item::top));
    return new Content(number, glyphs, items);
  }

  /** Groups characters into lines by baseline, each read left to right. */
  static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(PdfSource.READING);
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    double y = Double.NaN;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && Math.abs(g.y() - y) > Math.max(2, g.size() * 0.4)) {
        groups.add(current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        y = g.y();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    List<Line> lines = new ArrayList<>();
    for (List<Glyph> group : groups) {
      group.sort(Comparator.comparingDouble(Glyph::x));
      lines.add(new Line(text(group), group.get(0).x(), group.get(group.size() - 1).x() + group.get(group.size() - 1).width(),
          group.get(0).y(), group.stream().mapToDouble(Glyph::size).max().orElse(12)));
    }
    return lines;
  }

  /** The characters of one line, left to right, a space where the gap is as wide as one. */
  static String text(List<Glyph> line) {
    StringBuilder b = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : line) {
      if (previous != null && g.x() - (previous.x() + previous.width()) > g.size() * 0.25
          && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
      b.append(g.text());
      previous = g;
    }
    return b.toString();
  }

  /**
   * Whether the character is drawn with the font's missing-glyph box: its Unicode text is then no
   * evidence of what was meant (LibreOffice without CJK fonts exports every Chinese character so,
   * with one Unicode value for all of them).
   */
  private static boolean notdef(TextPosition t) {
    int[] codes = t.getCharacterCodes();
    if (codes == null || codes.length == 0) {
      return false;
    }
    try {
      if (t.getFont() instanceof PDTrueTypeFont tt) {
        return tt.codeToGID(codes[0]) == 0;
      }
      if (t.getFont() instanceof PDType0Font t0) {
        return t0.codeToGID(codes[0]) == 0;
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  private static List<Glyph> glyphs(PDDocument doc, int number) throws IOException {
    List<Glyph> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        String u = t.getUnicode();
        boolean readable = u != null && !u.isEmpty() && u.codePoints().noneMatch(c -> c == 0xFFFD
            || Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c))
            && !notdef(t);
        if (u != null && u.isBlank()) {
          return;
        }
        out.add(new Glyph(readable ? u : "", t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
            t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir(), readable));
      }
    };
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    stripper.writeText(doc, new StringWriter());
    return out;
  }

  /** Collects the stroked and filled straight lines of a page, from the top-left. */
  private static final class Rules extends PDFGraphicsStreamEngine {
    final List<Segment> segments = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private final double height;
    private Point2D current = new Point2D.Double();

    Rules(PDPage page) {
      super(page);
      this.height = page.getCropBox().getUpperRightY();
    }

    private void add(double x1, double y1, double x2, double y2) {
      path.add(new double[] {x1, height - y1, x2, height - y2});
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      add(p0.getX(), p0.getY(), p1.getX(), p1.getY());
      add(p1.getX(), p1.getY(), p2.getX(), p2.getY());
      add(p2.getX(), p2.getY(), p3.getX(), p3.getY());
      add(p3.getX(), p3.getY(), p0.getX(), p0.getY());
      current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      add(current.getX(), current.getY(), x, y);
      current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {
      // a closing edge of a cell box is drawn by its own rectangle or line as well
    }

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void strokePath() {
      commit();
    }

    @Override
    public void fillPath(int windingRule) {
      commit();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      commit();
    }

    @Override
    public void drawImage(PDImage pdImage) {
      // images carry no text and no rules
    }

    @Override
    public void clip(int windingRule) {
      // clipping does not draw
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // a shading is no rule
    }

    private void commit() {
      for (double[] p : path) {
        Segment s = new Segment(Math.min(p[0], p[2]), Math.min(p[1], p[3]), Math.max(p[0], p[2]), Math.max(p[1], p[3]));
        if (s.horizontal() || s.vertical()) {
          segments.add(s);
        }
      }
      path.clear();
    }
  }
}
