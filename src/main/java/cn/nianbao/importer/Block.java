package cn.nianbao.importer;

import java.util.List;

/**
 * One piece of a published report as every source format reads it: a line or paragraph of text,
 * or a table as a grid of cells. The recogniser sees only blocks, never the source format.
 */
public sealed interface Block {
  /** Where the block starts in the source. */
  Place place();

  /**
   * A title line, heading or paragraph.
   *
   * @param text     the text, whitespace at either end removed
   * @param centered true when the source sets it centred (a title line), when the format says so
   */
  record Text(String text, Place place, boolean centered) implements Block {
    public Text(String text, Place place) {
      this(text, place, false);
    }
  }

  /**
   * A table: its rows, each listing its cells left to right. A cell merged away vertically
   * (covered by the cell above) is an empty cell of span 1; a cell merged across columns is one
   * cell with its column span.
   */
  record Grid(List<List<Cell>> rows, Place place) implements Block {
    public Grid {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * One table cell.
   *
   * @param text    its text, lines joined
   * @param colSpan grid columns it covers, from 1
   * @param place   where it stood
   */
  record Cell(String text, int colSpan, Place place) {}
}
