package cn.nianbao.validate;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.SourceLocation;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One cell in a rule's equation, as messages show it: {@code 一、本年新收(12)}.
 *
 * @param label how the message names the cell
 * @param value the cell, or null when blank
 * @param type  how the value prints
 * @param where where to point the user for this cell, or null
 */
record Term(String label, CellValue value, ValueType type, SourceLocation where) {
  /** The cell {@code ref} of {@code table}, named {@code label}. */
  static Term of(StatTable table, CellRef ref, String label) {
    ValueType type = table.schema().row(ref.row()).column(ref.column()).type();
    return new Term(label, table.get(ref).orElse(null), type, where(table, ref));
  }

  /**
   * Where a cell is in the data file: its own position when given, else (a derived total or a
   * blank cell) the first given cell of its row, else null.
   */
  static SourceLocation where(StatTable table, CellRef ref) {
    return table.get(ref).map(CellValue::source).orElseGet(() ->
        table.schema().row(ref.row()).columns().stream()
            .map(c -> table.get(ref.row(), c.key()).map(CellValue::source).orElse(null))
            .filter(Objects::nonNull).findFirst().orElse(null));
  }

  boolean blank() {
    return value == null;
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

  /** The first position among the terms, or null. */
  static SourceLocation firstWhere(List<Term> terms) {
    return terms.stream().map(Term::where).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
