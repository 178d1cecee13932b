package cn.nianbao.typeset;

import cn.nianbao.document.Origin;
import java.util.List;

/**
 * A line set horizontally but not yet placed on a page.
 *
 * @param kind   what it belongs to
 * @param runs   its runs, at their final x
 * @param ending why it ends there
 * @param pitch  the line pitch: its baseline sits this far below the line above
 * @param before extra space above it
 * @param origin where it came from
 */
record LineDraft(TextLine.Kind kind, List<TextRun> runs, TextLine.Ending ending, double pitch,
    double before, Origin origin) {
  /** The vertical room it takes. */
  double height() {
    return before + pitch;
  }

  /** Placed with its baseline at {@code baseline}. */
  TextLine at(double baseline) {
    return new TextLine(kind, baseline, runs, ending, 0, origin);
  }

  LineDraft withBefore(double space) {
    return new LineDraft(kind, runs, ending, pitch, space, origin);
  }
}
