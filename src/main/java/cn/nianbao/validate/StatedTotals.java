package cn.nianbao.validate;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.SumRule;
import cn.nianbao.model.TableSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * C2 and C3 (table 三) and C4 (table 四): every total the data file states equals the sum of its
 * addends. Totals the data omitted were derived from their addends and are not checked.
 */
final class StatedTotals {
  private StatedTotals() {}

  /** Checks the table's stated totals: row totals under {@code rowRule}, column totals under {@code columnRule}. */
  static void check(StatTable table, String rowRule, String columnRule, Collector out) {
    TableSchema schema = table.schema();
    for (SumRule sum : schema.sums()) {
      CellValue stated = table.get(sum.total()).orElse(null);
      if (stated == null || stated.derived()) {
        continue;
      }
      CellRef total = sum.total();
      boolean byRow = sum.addends().stream().allMatch(a -> a.row().equals(total.row()));
      List<Term> addends = sum.addends().stream().map(a -> Term.of(table, a,
          schema.row(a.row()).column(a.column()).label())).toList();
      Term totalTerm = Term.of(table, total, byRow ? "总计" : "（七）总计");
      List<Term> all = new ArrayList<>(addends);
      all.add(totalTerm);
      if (!Term.checkable(all)) {
        continue;
      }
      BigDecimal addendSum = Term.sum(addends);
      if (addendSum.compareTo(totalTerm.number()) == 0) {
        continue;
      }
      String message = byRow
          ? schema.name() + " “" + schema.row(total.row()).label() + "”：" + Term.join(addends)
              + " = " + addendSum.toPlainString() + " ≠ " + totalTerm
          : schema.name() + " " + schema.row(total.row()).column(total.column()).label()
              + "列：（一）至（六）各项之和 = " + addendSum.toPlainString() + " ≠ " + totalTerm;
      out.error(byRow ? rowRule : columnRule, message, Suspects.culprit(table, all, sum), totalTerm);
    }
  }
}
