package cn.nianbao.validate;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One cell in a rule's equation, as messages show it: {@code 一、本年新收(12)}.
 *
 * @param label     how the message names the cell
 * @param value     the cell, or null when blank
 * @param type      how the value prints
 * @param span      where to point the user for this cell (see {@link StatTable#spanOf}), or null
 * @param cell      the cell's address
 * @param cellLabel the cell's official name
 * @param ref       the cell within its table
 */
record Term(String label, CellValue value, ValueType type, Span span, CellAddress cell,
    String cellLabel, CellRef ref) {
  /** The cell {@code ref} of {@code table}, named {@code label}. */
  static Term of(StatTable table, CellRef ref, String label) {
    ValueType type = table.schema().row(ref.row()).column(ref.column()).type();
    return new Term(label, table.get(ref).orElse(null), type, table.spanOf(ref),
        address(table, ref), table.schema().describe(ref), ref);
  }

  /** The data-key address of a cell: the table's key in the data file, row path, column key. */
  static CellAddress address(StatTable table, CellRef ref) {
    return new CellAddress(table.schema().dataKey(), ref.row(), ref.column());
  }

  boolean blank() {
    return value == null;
  }

  /** True when the data file gave this cell (not blank, not derived). */
  boolean given() {
    return value != null && !value.derived();
  }

  BigDecimal number() {
    return value.numberOrZero();
  }

  @Override
  public String toString() {
    return label + "(" + value.text(type) + ")";
  }

  /**
   * True when an equation over these terms can be checked: no term is blank (the blank check
   * reports those) and not every term is not-applicable.
   */
  static boolean checkable(List<Term> terms) {
    return terms.stream().noneMatch(Term::blank)
        && !terms.stream().allMatch(t -> t.value().notApplicable());
  }

  /** The sum, not-applicable terms counting 0. */
  static BigDecimal sum(List<Term> terms) {
    return terms.stream().map(Term::number).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** {@code a(1) + b(2)}. */
  static String join(List<Term> terms) {
    return terms.stream().map(Term::toString).collect(Collectors.joining(" + "));
  }
}
