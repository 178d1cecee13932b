package cn.nianbao.typeset;

import java.util.List;

/**
 * One laid-out page: everything a device draws, in points from the page's top-left corner (y
 * grows downwards). Devices draw it as it is and decide nothing.
 *
 * @param number    the page number, from 1
 * @param width     page width
 * @param height    page height
 * @param lines     the text lines in reading order (title, body, cells, then decorations)
 * @param cells     table cell boxes, each drawn with its four rules
 * @param watermark the draft watermark, or null on a final document
 */
public record Page(int number, double width, double height, List<TextLine> lines,
    List<CellBox> cells, Watermark watermark) {
  public Page {
    lines = List.copyOf(lines);
    cells = List.copyOf(cells);
  }

  /** The page's text, one line per line. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l.text()).append('\n'));
    return sb.toString();
  }
}
