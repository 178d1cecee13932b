package cn.nianbao.model;

import cn.nianbao.diagnostic.Span;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a table cell holds and where it came from: a number, or the not-applicable marker
 * ({@code /}). A blank cell has no {@code CellValue} at all.
 *
 * @param number        the value exactly as written (scale kept for amounts); null when not applicable
 * @param span          where the data file gave it; null when {@code derived}
 * @param derived       true when the data omitted it and it was computed as a total
 * @param notApplicable true when the data file marked the cell 不适用 ({@code /})
 */
public record CellValue(BigDecimal number, Span span, boolean derived, boolean notApplicable) {
  /** How a not-applicable cell is written in a data file and printed in both documents. */
  public static final String NOT_APPLICABLE_MARK = "/";

  public CellValue {
    if (notApplicable != (number == null)) {
      throw new IllegalArgumentException("a cell holds a number or is not applicable, not both");
    }
  }

  /** A value given in the data file. */
  public static CellValue given(BigDecimal number, Span span) {
    return new CellValue(Objects.requireNonNull(number, "number"), span, false, false);
  }

  /** A total computed because the data omitted it. */
  public static CellValue derived(BigDecimal number) {
    return new CellValue(Objects.requireNonNull(number, "number"), null, true, false);
  }

  /** A cell the data file marked not applicable. */
  public static CellValue notApplicable(Span span) {
    return new CellValue(null, span, false, true);
  }

  /** A total computed as not applicable because every one of its addends is. */
  public static CellValue derivedNotApplicable() {
    return new CellValue(null, null, true, true);
  }

  /**
   * The cell as both documents print it: {@code /} when not applicable, a change with its sign
   * ({@code +1}, {@code -2}, {@code 0}), any other number as written ({@code 12.50} stays).
   */
  public String text(ValueType type) {
    if (notApplicable) {
      return NOT_APPLICABLE_MARK;
    }
    return (type == ValueType.CHANGE && number.signum() > 0 ? "+" : "") + number.toPlainString();
  }

  /** The number, with a not-applicable cell counted as 0 (it is left out of sums). */
  public BigDecimal numberOrZero() {
    return notApplicable ? BigDecimal.ZERO : number;
  }
}
