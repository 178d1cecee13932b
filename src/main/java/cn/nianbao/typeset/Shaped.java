package cn.nianbao.typeset;

import cn.nianbao.document.FontRole;
import cn.nianbao.document.Run;
import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontMetrics;
import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * Text with the face, role, size and natural advance of each char (per UTF-16 unit; a low
 * surrogate has no face and advance 0), and the runs that place a stretch of it on a line.
 */
final class Shaped {
  final String text;
  final FontRole[] role;
  final Face[] face;
  final double[] size;
  final double[] natural;

  private Shaped(String text) {
    this.text = text;
    int n = text.length();
    role = new FontRole[n];
    face = new Face[n];
    size = new double[n];
    natural = new double[n];
  }

  /** The runs joined, each char in the first face of its role that has it. */
  static Shaped of(FontMetrics metrics, List<Run> runs, SizeOf sizeOf) {
    StringBuilder sb = new StringBuilder();
    runs.forEach(r -> sb.append(r.text()));
    Shaped s = new Shaped(sb.toString());
    int i = 0;
    for (Run run : runs) {
      Face current = null;
      String t = run.text();
      for (int k = 0; k < t.length(); k += Character.charCount(t.codePointAt(k))) {
        int cp = t.codePointAt(k);
        Face face = cp == ' ' && current != null && current.has(cp) ? current
            : metrics.faceFor(cp, run.role());
        if (face == null) {
          throw new IllegalArgumentException("No font has a glyph for U+"
              + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + " in \"" + t + "\"");
        }
        current = face;
        int at = i + k;
        s.role[at] = run.role();
        s.face[at] = face;
        s.size[at] = sizeOf.size(run.role());
        double advance = face.advance(cp, s.size[at]);
        // A face asked to set a character it lacks (a lenient preview): the spec's width.
        s.natural[at] = Double.isNaN(advance) ? Spec.emWidth(cp) * s.size[at] : advance;
        if (Character.charCount(cp) == 2) {
          s.role[at + 1] = run.role();
          s.face[at + 1] = face;
          s.size[at + 1] = s.size[at];
        }
      }
      i += t.length();
    }
    return s;
  }

  /** The size of each role. */
  interface SizeOf {
    double size(FontRole role);
  }

  int length() {
    return text.length();
  }

  /** Natural width of chars [from, to). */
  double width(int from, int to) {
    double w = 0;
    for (int i = from; i < to; i++) {
      w += natural[i];
    }
    return w;
  }

  /**
   * The runs of chars [from, to) starting at {@code x}: a new run wherever the face, role or
   * the spacing after a char changes. {@code gap[i]} is the spacing after char i.
   */
  List<TextRun> runs(int from, int to, double x, double[] gap) {
    List<TextRun> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int j = i;
      double advance = 0;
      while (j < to && face[j] == face[i] && role[j] == role[i] && size[j] == size[i]
          && gap[j] == gap[i]) {
        advance += natural[j] + gap[j];
        j++;
        while (j < to && Character.isLowSurrogate(text.charAt(j))) {
          j++;
        }
      }
      out.add(new TextRun(role[i], face[i], size[i], x, gap[i], advance - gap[i],
          text.substring(i, j)));
      x += advance;
      i = j;
    }
    return out;
  }
}
