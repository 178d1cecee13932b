package cn.nianbao.document;

import java.util.List;

/** The cells that start in one grid row, left to right. */
public record Row(List<Cell> cells) {
  public Row {
    cells = List.copyOf(cells);
  }
}
