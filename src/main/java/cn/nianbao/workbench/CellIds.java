package cn.nianbao.workbench;

import cn.nianbao.diagnostic.CellAddress;
import java.util.Optional;

/** Reads back a cell's id ({@link CellAddress#id()}: table, row path, column joined by {@code /}). */
final class CellIds {
  private CellIds() {}

  /** The cell an id names; empty when it is not of the form {@code table/row…/column}. */
  static Optional<CellAddress> parse(String id) {
    int first = id.indexOf('/');
    int last = id.lastIndexOf('/');
    if (first <= 0 || last <= first + 1 || last == id.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new CellAddress(id.substring(0, first), id.substring(first + 1, last),
        id.substring(last + 1)));
  }
}
