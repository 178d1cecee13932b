package cn.nianbao.typeset;

import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines: as many characters as fit on each line, the break moved back
 * where {@link LineBreaks#canBreakBefore} forbids it. A single closing mark that would
 * start the next line is squeezed into the line instead when it fits within {@code squeeze}
 * points of overflow, less the part of it that may hang past the margin (行末挤进, 行末点号半角;
 * the caller tightens that line's spacing); otherwise it is pushed down with the character before
 * it. Pure arithmetic on advances, testable without fonts.
 */
public final class ParagraphLines {
  /** Rounding slack when comparing widths, in points. */
  private static final float SLACK = (float) Spec.MEASURE_SLACK;

  private ParagraphLines() {}

  /**
   * The end index (exclusive) of each line.
   *
   * @param text      the paragraph, all runs joined
   * @param advance   the advance of each char of {@code text} (0 for low surrogates)
   * @param firstLine the width available to the first line (after the indent)
   * @param otherLine the width available to every other line
   * @param squeeze   how far a line may overflow to take in one closing mark
   * @param hang      how much of each char may pass the margin when it ends a line (null: none)
   */
  public static List<Integer> breaks(CharSequence text, float[] advance, float firstLine,
      float otherLine, float squeeze, float[] hang) {
    List<Integer> ends = new ArrayList<>();
    int n = text.length();
    int start = 0;
    float available = firstLine;
    while (start < n) {
      float used = 0;
      int fit = start;
      while (fit < n && used + advance[fit] <= available + SLACK) {
        used += advance[fit];
        fit++;
      }
      while (fit < n && Character.isLowSurrogate(text.charAt(fit))) {
        fit++; // never between the halves of a surrogate pair
      }
      if (fit > start && fit < n && LineBreaks.isClosing(text.charAt(fit))
          && used + advance[fit] - (hang == null ? 0 : hang[fit]) <= available + squeeze
          && LineBreaks.canBreakBefore(text, fit + 1)) {
        fit++;
      }
      int end = fit;
      if (fit < n) {
        while (end > start && !LineBreaks.canBreakBefore(text, end)) {
          end--;
        }
        if (end == start) {
          end = Math.max(fit, start + 1); // nothing allowed: an overlong word is cut where it must
        }
      }
      ends.add(end);
      start = end;
      available = otherLine;
    }
    return ends;
  }
}
