package cn.nianbao.validate;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.SumRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Which cell of an equation that does not balance is the wrong one, when that can be told: the
 * only given cell that also breaks another of the table's sums (a row that does not add up to its
 * stated total, a column that does not add up to （七）总计). Otherwise every cell is involved.
 */
final class Suspects {
  private Suspects() {}

  /**
   * The one term to point at, or all of {@code terms} when the wrong one cannot be told.
   *
   * @param current the sum being checked (not evidence against its own cells); null for C1
   */
  static List<Term> culprit(StatTable table, List<Term> terms, SumRule current) {
    List<Term> suspects = terms.stream().filter(Term::given)
        .filter(t -> table.schema().sums().stream()
            .filter(rule -> !rule.equals(current) && involves(rule, t.ref()))
            .anyMatch(rule -> fails(table, rule)))
        .toList();
    return suspects.size() == 1 ? suspects : terms;
  }

  private static boolean involves(SumRule rule, CellRef ref) {
    return rule.total().equals(ref) || rule.addends().contains(ref);
  }

  /** True when the rule's total is given and differs from the sum of its addends. */
  private static boolean fails(StatTable table, SumRule rule) {
    Optional<CellValue> total = table.get(rule.total());
    if (total.isEmpty() || total.get().derived() || total.get().notApplicable()) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (CellRef addend : rule.addends()) {
      Optional<CellValue> value = table.get(addend);
      if (value.isEmpty()) {
        return false;
      }
      sum = sum.add(value.get().numberOrZero());
    }
    return sum.compareTo(total.get().number()) != 0;
  }
}
