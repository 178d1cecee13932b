package cn.nianbao.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the text from {@code start} to {@code end} (an insertion when they are equal).
 *
 * @param rank among edits at the same point, a higher rank ends up later in the text: entries
 *             added after a value that is itself being filled (rank above 0), and a row added
 *             after a block whose own new last line goes at the same point (a shallower mapping
 *             ranks higher)
 */
record TextEdit(int start, int end, String text, int rank) {
  /** The rank of a value replaced or filled at its span. */
  static final int VALUE = 0;

  /** The rank of entries appended to the mapping at {@code depth} (0: the table). */
  static int appended(int depth) {
    return 100 - depth;
  }

  /** Back to front, so that each edit's offsets still hold when it is applied. */
  private static final Comparator<TextEdit> BACK_TO_FRONT = Comparator.comparingInt(TextEdit::start).reversed()
      .thenComparing(Comparator.comparingInt(TextEdit::rank).reversed());

  /** {@code text} with every edit applied; the edits must not overlap. */
  static String applyAll(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(BACK_TO_FRONT);
    StringBuilder out = new StringBuilder(text);
    int limit = text.length();
    for (TextEdit e : sorted) {
      if (e.end() > limit) {
        throw new IllegalStateException("overlapping edits at offset " + e.start());
      }
      out.replace(e.start(), e.end(), e.text());
      limit = e.start();
    }
    return out.toString();
  }
}
