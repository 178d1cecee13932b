package cn.nianbao.typeset;

import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Title;
import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wraps a title into balanced lines (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称). A title
 * wider than one line is split into the fewest lines that fit, with the break points chosen so
 * that the lines are as equal in width as possible, preferring the boundaries of word units of a
 * report title: after the year ({@code …2021年|政府信息公开…}), after the organization's name
 * ({@code …办事处|2021年…}) and inside the fixed wording ({@code 政府信息公开|工作年度报告}). A
 * break never splits a number or Latin word, never starts a line with closing punctuation and
 * never ends one with opening punctuation.
 *
 * <p>Widths are counted in title characters ({@link Spec#emWidth}); the 禁则 are the ones of
 * every other line ({@link LineBreaks}).
 */
public final class TitleLines {
  /** The fixed wording every report title ends with. */
  private static final String FIXED = "政府信息公开工作年度报告";
  private static final double STRONG = 0;
  private static final double MEDIUM = 2;
  private static final double WEAK = 8;

  private TitleLines() {}

  /**
   * The title's lines on the page: the forced breaks as given, otherwise wrapped into balanced
   * lines of title-size characters over the type-area width.
   */
  public static List<String> of(Title title, PageSetup page) {
    double perLine =
        Math.floor(page.typeAreaWidthMm() * Spec.PT_PER_MM / Spec.size(FontRole.TITLE));
    return wrap(title.text(), Math.max(1, perLine));
  }

  /**
   * The title's lines. Line breaks already in {@code title} ({@code '\n'}) are kept as given.
   *
   * @param maxWidth how many title characters fit on one line (at least 1)
   */
  public static List<String> wrap(String title, double maxWidth) {
    if (maxWidth < 1) {
      throw new IllegalArgumentException("maxWidth " + maxWidth + " must be >= 1");
    }
    if (title.indexOf('\n') >= 0) {
      return List.of(title.split("\n"));
    }
    String text = title.strip();
    double total = width(text, 0, text.length());
    if (total <= maxWidth) {
      return List.of(text);
    }
    double[] penalty = breakPenalties(text);
    for (int lines = (int) Math.ceil(total / maxWidth); lines <= text.length(); lines++) {
      List<String> best = balanced(text, lines, maxWidth, penalty);
      if (best != null) {
        return best;
      }
    }
    return List.of(text); // unreachable: one character per line always fits
  }

  /**
   * Penalty of breaking before index i (1..length-1), or NaN where a break is not allowed.
   */
  static double[] breakPenalties(String text) {
    int n = text.length();
    double[] p = new double[n];
    Arrays.fill(p, WEAK);
    p[0] = Double.NaN;
    int fixedAt = text.lastIndexOf(FIXED);
    for (int i = 1; i < n; i++) {
      char before = text.charAt(i - 1);
      char after = text.charAt(i);
      if (!LineBreaks.canBreakBefore(text, i)
          || isDigit(before) && "年月日".indexOf(after) >= 0) {
        p[i] = Double.NaN;
      } else if (before == '年' && i >= 2 && isDigit(text.charAt(i - 2))
          || isDigit(after) && !Spec.isWordChar(before) || i == fixedAt) {
        p[i] = STRONG; // after the year, after the name, before the fixed wording
      } else if (fixedAt >= 0 && i == fixedAt + "政府信息公开".length()) {
        p[i] = MEDIUM;
      }
    }
    return p;
  }

  /** The best split into exactly {@code lines} lines that all fit, or null. */
  private static List<String> balanced(String text, int lines, double maxWidth, double[] penalty) {
    int n = text.length();
    double target = width(text, 0, n) / lines;
    // cost[k][i]: best cost of k lines covering text[0, i); from[k][i] the start of the k-th line
    double[][] cost = new double[lines + 1][n + 1];
    int[][] from = new int[lines + 1][n + 1];
    for (double[] row : cost) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    for (int k = 1; k <= lines; k++) {
      for (int end = 1; end <= n; end++) {
        if (end < n && Double.isNaN(penalty[end])) {
          continue;
        }
        for (int start = end - 1; start >= 0; start--) {
          double w = width(text, start, end);
          if (w > maxWidth) {
            break;
          }
          if (cost[k - 1][start] == Double.POSITIVE_INFINITY) {
            continue;
          }
          double c = cost[k - 1][start] + (w - target) * (w - target)
              + (end < n ? penalty[end] : 0);
          if (c < cost[k][end]) {
            cost[k][end] = c;
            from[k][end] = start;
          }
        }
      }
    }
    if (cost[lines][n] == Double.POSITIVE_INFINITY) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int k = lines, end = n; k > 0; k--) {
      int start = from[k][end];
      out.add(0, text.substring(start, end));
      end = start;
    }
    return List.copyOf(out);
  }

  /** Width in title characters ({@link Spec#emWidth}). */
  static double width(String text, int from, int to) {
    return Spec.emWidth(text.subSequence(from, to));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }
}
