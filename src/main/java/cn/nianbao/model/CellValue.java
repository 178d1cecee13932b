package cn.nianbao.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number in a table cell and where it came from.
 *
 * @param number  the value exactly as written (scale kept for amounts)
 * @param source  where the data file gave it; null when {@code derived}
 * @param derived true when the data omitted it and it was computed as a total
 */
public record CellValue(BigDecimal number, SourceLocation source, boolean derived) {
  public CellValue {
    Objects.requireNonNull(number, "number");
  }

  /** A value given in the data file. */
  public static CellValue given(BigDecimal number, SourceLocation source) {
    return new CellValue(number, source, false);
  }

  /** A total computed because the data omitted it. */
  public static CellValue derived(BigDecimal number) {
    return new CellValue(number, null, true);
  }
}
