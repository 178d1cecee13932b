package cn.nianbao.edit;

import cn.nianbao.diagnostic.CellAddress;
import java.util.Objects;

/**
 * One table cell to set in a data file.
 *
 * @param cell  the cell, by the data file's keys (table key, row path joined with {@code /}, column key)
 * @param value the value as the clerk typed it ({@code 12}, {@code +3}, {@code 12.50}, {@code /});
 *              {@code ""} (or only spaces) makes the cell blank
 */
public record CellEdit(CellAddress cell, String value) {
  public CellEdit {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(value, "value");
  }
}
