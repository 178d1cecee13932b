package cn.nianbao.document;

import java.util.Objects;

/**
 * A table cell. Text may be empty (a blank value cell); a {@code '\n'} is a forced line break.
 * Cells are always vertically centred.
 */
public record Cell(String text, int rowSpan, int colSpan, Align align, Origin origin) {
  /** Horizontal alignment inside the cell. */
  public enum Align {
    LEFT,
    CENTER
  }

  public Cell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(align, "align");
    Objects.requireNonNull(origin, "origin");
    if (rowSpan < 1) {
      throw new IllegalArgumentException("rowSpan " + rowSpan + " must be >= 1");
    }
    if (colSpan < 1) {
      throw new IllegalArgumentException("colSpan " + colSpan + " must be >= 1");
    }
  }

  /** A cell of fixed wording (a label). */
  public Cell(String text, int rowSpan, int colSpan, Align align) {
    this(text, rowSpan, colSpan, align, Origin.NONE);
  }

  /** A centred one-by-one cell. */
  public static Cell of(String text) {
    return new Cell(text, 1, 1, Align.CENTER);
  }
}
