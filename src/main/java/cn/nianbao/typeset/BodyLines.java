package cn.nianbao.typeset;

import cn.nianbao.document.FontRole;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Run;
import cn.nianbao.render.fonts.FontMetrics;
import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets body paragraphs and headings on the GB/T 9704 grid: a two-character first-line indent,
 * 28 characters a line. A line is either filled (letter spacing that ends it exactly at the
 * right margin, within {@link Spec#LETTER_SPACING_TOLERANCE} of {@link Spec#LETTER_SPACING}), or
 * ends its paragraph, or stands before something that cannot be broken and does not fit: those
 * keep the spec's spacing and stay ragged, never stretched. Spacing goes between characters,
 * never inside a number or Latin word.
 */
final class BodyLines {
  private final FontMetrics metrics;
  private final double left;
  /** The type area's width. */
  private final double width;
  /** One grid character: the type area's width / 28. */
  private final double gridChar;

  BodyLines(FontMetrics metrics, double left, double width) {
    this.metrics = metrics;
    this.left = left;
    this.width = width;
    this.gridChar = width / Spec.CHARS_PER_LINE;
  }

  /** The paragraph's lines, unplaced. */
  List<LineDraft> lines(List<Run> runs, TextLine.Kind kind, Origin origin) {
    Shaped s = Shaped.of(metrics, runs, Spec::size);
    int n = s.length();
    double spec = Spec.LETTER_SPACING;
    boolean[] stretch = new boolean[n];
    float[] advance = new float[n];
    float[] hang = new float[n];
    for (int i = 0; i < n; i++) {
      if (!Character.isLowSurrogate(s.text.charAt(i))) {
        int next = i + Character.charCount(s.text.codePointAt(i));
        stretch[i] = next >= n || !LineBreaks.isWordChar(s.text.charAt(i))
            || !LineBreaks.isWordChar(s.text.charAt(next));
        advance[i] = (float) (s.natural[i] + (stretch[i] ? spec : 0));
        hang[i] = (float) hangOf(s, i);
      }
    }
    double indent = Spec.INDENT_CHARS * gridChar;
    // The last character of a line has no spacing after it: its (negative) share is given back.
    float squeeze = (float) (Spec.LETTER_SPACING_TOLERANCE * (Spec.CHARS_PER_LINE - 1));
    List<Integer> ends = ParagraphLines.breaks(s.text, advance, (float) (width - indent - spec),
        (float) (width - spec), squeeze, hang);
    List<LineDraft> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < ends.size(); k++) {
      boolean last = k == ends.size() - 1;
      double x = left + (k == 0 ? indent : 0);
      out.add(line(s, stretch, start, ends.get(k), x, left + width, last, kind, origin));
      start = ends.get(k);
    }
    return out;
  }

  private LineDraft line(Shaped s, boolean[] stretch, int start, int end, double x, double edge,
      boolean last, TextLine.Kind kind, Origin origin) {
    int visibleEnd = end;
    while (visibleEnd > start + 1 && s.text.charAt(visibleEnd - 1) == ' ') {
      visibleEnd--;
    }
    int lastChar = visibleEnd - Character.charCount(Character.codePointBefore(s.text, visibleEnd));
    int gaps = 0;
    for (int i = start; i < lastChar; i++) {
      gaps += stretch[i] && s.natural[i] > 0 ? 1 : 0;
    }
    double spec = Spec.LETTER_SPACING;
    double natural = s.width(start, visibleEnd);
    double fill = gaps == 0 ? spec : (edge - x - natural) / gaps;
    if (fill < spec - Spec.LETTER_SPACING_TOLERANCE && gaps > 0) {
      fill = (edge - x - natural + hangOf(s, lastChar)) / gaps; // a squeezed-in mark, half-width
    }
    // A line without gaps (one piece of an address) is filled only when it reaches the edge.
    boolean fits = gaps == 0 ? edge - x - natural <= Spec.MEASURE_SLACK
        : Math.abs(fill - spec) <= Spec.LETTER_SPACING_TOLERANCE;
    double spacing;
    TextLine.Ending ending;
    if (last) {
      // A paragraph's last line keeps the spec's spacing, unless it is full and must close up.
      spacing = Math.min(spec, fill);
      ending = TextLine.Ending.PARAGRAPH_END;
    } else if (fits) {
      spacing = fill;
      ending = TextLine.Ending.FILLED;
    } else {
      spacing = Math.min(spec, fill);
      ending = TextLine.Ending.NEXT_UNBREAKABLE;
    }
    double[] gap = new double[s.length()];
    for (int i = start; i < visibleEnd; i++) {
      int c = Character.isLowSurrogate(s.text.charAt(i)) ? i - 1 : i;
      gap[i] = c >= lastChar || !stretch[c] ? 0 : spacing;
    }
    List<TextRun> runs = s.runs(start, visibleEnd, x, gap);
    return new LineDraft(kind, runs, ending, Spec.LINE_PITCH, 0, origin);
  }

  /** How much of char i may pass the margin when it ends a line. */
  private static double hangOf(Shaped s, int i) {
    return Spec.HALF_AT_LINE_END.indexOf(s.text.charAt(i)) >= 0 ? Spec.HANG * s.natural[i] : 0;
  }

  /** One line of text at its natural width, its right end {@code rightIndent} from the margin. */
  LineDraft rightAligned(String text, double rightIndent, Origin origin) {
    Shaped s = Shaped.of(metrics, List.of(new Run(text, FontRole.BODY)), Spec::size);
    double x = left + width - rightIndent - s.width(0, s.length());
    List<TextRun> runs = s.runs(0, s.length(), x, new double[s.length()]);
    return new LineDraft(TextLine.Kind.CLOSING, runs, TextLine.Ending.PARAGRAPH_END,
        Spec.LINE_PITCH, 0, origin);
  }

  /** One centred line of text in the role's size, on the given pitch. */
  LineDraft centred(String text, FontRole role, double pitch, TextLine.Kind kind, Origin origin) {
    Shaped s = Shaped.of(metrics, List.of(new Run(text, role)), Spec::size);
    double x = left + (width - s.width(0, s.length())) / 2;
    List<TextRun> runs = s.runs(0, s.length(), x, new double[s.length()]);
    return new LineDraft(kind, runs, TextLine.Ending.NATURAL, pitch, 0, origin);
  }
}
