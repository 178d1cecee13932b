package cn.nianbao.typeset;

import cn.nianbao.document.Origin;
import java.util.List;

/**
 * One line of text on a page: runs placed on one baseline.
 *
 * @param kind     what the line belongs to
 * @param baseline the baseline's distance from the page's top edge
 * @param runs     the runs, left to right, each at its own x
 * @param ending   why the line ends where it does
 * @param rgb      the colour, {@code 0xRRGGBB}
 * @param origin   the paragraph or cell the line was made from ({@link Origin#NONE} for fixed
 *     wording and decorations)
 */
public record TextLine(Kind kind, double baseline, List<TextRun> runs, Ending ending, int rgb,
    Origin origin) {
  /** What a line belongs to. */
  public enum Kind {
    TITLE, HEADING, BODY, CLOSING, CELL, PAGE_NUMBER, DRAFT_NOTE
  }

  /** Why a line ends where it does. */
  public enum Ending {
    /** Filled to the right margin, letter spacing within the spec's tolerance. */
    FILLED,
    /** The last line of a paragraph, heading or other single-line block. */
    PARAGRAPH_END,
    /** A forced line break in the text (title or cell). */
    FORCED,
    /** What follows cannot be broken and does not fit: the line stays ragged, never stretched. */
    NEXT_UNBREAKABLE,
    /** A line of a table cell or a decoration, set at its natural width. */
    NATURAL
  }

  public TextLine {
    runs = List.copyOf(runs);
  }

  /** The line's text. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    runs.forEach(r -> sb.append(r.text()));
    return sb.toString();
  }

  /** The left edge of the first run. */
  public double x() {
    return runs.isEmpty() ? 0 : runs.get(0).x();
  }

  /** The right edge of the last run's last glyph (without its trailing spacing). */
  public double right() {
    return runs.isEmpty() ? 0 : runs.get(runs.size() - 1).right();
  }
}
