package cn.nianbao.model;

import java.util.Objects;

/**
 * One cell of an official table's grid, as its definition lays it out: a label of the official
 * form or the place of a value. Rows list only the cells that start in them, as in HTML.
 *
 * @param kind    what the cell holds
 * @param text    the official label as printed ({@code \n} where it breaks a line); "" for a value
 * @param rowSpan grid rows covered, from 1
 * @param colSpan grid columns covered, from 1
 * @param column  the grid column the cell starts in, from 0
 * @param value   the value cell it shows, for {@link Kind#VALUE}; null for a label
 */
public record GridCell(Kind kind, String text, int rowSpan, int colSpan, int column, CellRef value) {
  /** What a grid cell holds; the templates choose alignment and emphasis by it. */
  public enum Kind {
    /** The header cell above the row labels (表三's cross-check note). */
    CORNER,
    /** A band title across the whole table (表二's 第二十条第（…）项). */
    BAND,
    /** A column heading, or the heading above a band's row labels (信息内容). */
    HEADER,
    /** The label of a group of rows, spanning them (三、本年度办理结果, （三）不予公开). */
    GROUP,
    /** The label of a value row. */
    ROW,
    /** A value from the data file. */
    VALUE
  }

  public GridCell {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (rowSpan < 1 || colSpan < 1 || column < 0) {
      throw new IllegalArgumentException("bad grid cell " + rowSpan + "x" + colSpan + " at " + column);
    }
    if ((kind == Kind.VALUE) != (value != null)) {
      throw new IllegalArgumentException("a value cell, and only a value cell, names its value");
    }
  }
}
