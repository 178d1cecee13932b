package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.spec.Spec;
import cn.nianbao.testing.PdfReading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measured with PDFBox on every body line of every example and of the long report: the spacing
 * between characters is within 0.5 pt of the spec's letter spacing on every line (never
 * stretched), and a line that does not reach the right margin is one of the named exceptions:
 * the end of a paragraph, or a line before a piece that cannot be broken and does not fit. Any
 * other line is named.
 */
class BodyLinesAreFilledTest {
  /** The margin of the right edge: less than this short of it counts as reaching it. */
  private static final double EDGE = 1;

  static List<Path> files() {
    return LaidOut.files();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyBodyLineIsFilledOrANamedException(Path file) {
    LaidOut.Sample sample = LaidOut.of(file);
    List<List<TextPosition>> pdf = PdfReading.drawingOrder(sample.pdf());
    List<String> bad = new ArrayList<>();
    List<TextLine> all = sample.pages().stream().flatMap(p -> p.lines().stream()).toList();
    int measured = 0;
    for (Page page : sample.pages()) {
      List<TextPosition> glyphs = pdf.get(page.number() - 1);
      int g = 0;
      List<TextLine> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        int count = line.text().codePointCount(0, line.text().length());
        List<TextPosition> own = glyphs.subList(g, g + count);
        g += count;
        if (line.kind() != TextLine.Kind.BODY) {
          continue;
        }
        measured++;
        String where = sample + " page " + page.number() + ": " + line.text();
        for (int k = 0; k + 1 < own.size(); k++) {
          TextPosition a = own.get(k);
          TextPosition b = own.get(k + 1);
          if (wordChar(a) && wordChar(b)) {
            continue; // no spacing inside a number or a Latin word
          }
          double spacing = b.getXDirAdj() - a.getXDirAdj() - a.getWidthDirAdj();
          if (Math.abs(spacing - Spec.LETTER_SPACING) > Spec.LETTER_SPACING_TOLERANCE) {
            bad.add(where + " — spacing " + spacing + " after " + a.getUnicode());
            break;
          }
        }
        TextPosition last = own.get(own.size() - 1);
        double right = last.getXDirAdj() + last.getWidthDirAdj();
        double margin = page.width() - sample.document().page().rightMm() * Spec.PT_PER_MM;
        if (right < margin - EDGE && !exception(line, all, all.indexOf(line), margin - right)) {
          bad.add(where + " — ragged by " + (margin - right) + " pt, " + line.ending());
        }
      }
    }
    assertTrue(measured > 20, sample + ": body lines measured " + measured);
    assertEquals(List.of(), bad);
  }

  /**
   * The end of a paragraph, or a line whose successor (on the same or the next page) starts with a piece (up to its first
   * allowed break) wider than the room left: the piece could not be broken and did not fit.
   */
  private static boolean exception(TextLine line, List<TextLine> lines, int i, double room) {
    if (line.ending() == TextLine.Ending.PARAGRAPH_END) {
      return true;
    }
    TextLine next = nextBody(lines, i);
    if (line.ending() != TextLine.Ending.NEXT_UNBREAKABLE || next == null) {
      return false;
    }
    String text = next.text();
    int end = 1;
    while (end < text.length() && !LineBreaks.canBreakBefore(text, end)) {
      end++;
    }
    double width = 0;
    double seen = 0;
    for (TextRun run : next.runs()) {
      for (int k = 0; k < run.text().length() && seen < end; k++, seen++) {
        width += run.face().advance(run.text().codePointAt(k), run.size()) + Spec.LETTER_SPACING;
      }
    }
    return width > room;
  }

  private static TextLine nextBody(List<TextLine> lines, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      if (lines.get(k).kind() == TextLine.Kind.BODY) {
        return lines.get(k);
      }
    }
    return null;
  }

  private static boolean wordChar(TextPosition t) {
    return t.getUnicode().length() == 1 && Spec.isWordChar(t.getUnicode().charAt(0));
  }
}
