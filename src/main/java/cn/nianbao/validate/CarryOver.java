package cn.nianbao.validate;

import static cn.nianbao.model.OfficialTables.CARRIED_IN_ROW;
import static cn.nianbao.model.OfficialTables.CARRIED_OUT_ROW;
import static cn.nianbao.model.OfficialTables.TOTAL;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.Report;
import cn.nianbao.model.StatTable;
import java.util.List;

/**
 * C5, cross-year: in each column of table 三, this year's 二、上年结转 equals last year's
 * 四、结转下年度继续办理. Table 三 has these rows in both format versions.
 */
final class CarryOver {
  static final String RULE = "C5";

  private CarryOver() {}

  static void check(Report report, Report previous, Collector out) {
    StatTable now = report.requests();
    StatTable before = previous.requests();
    for (ColumnSpec column : now.schema().row(CARRIED_IN_ROW).columns()) {
      Term carriedIn = Term.of(now, new CellRef(CARRIED_IN_ROW, column.key()), "二、上年结转");
      Term carriedOut = Term.of(before, new CellRef(CARRIED_OUT_ROW, column.key()),
          previous.year() + "年度报告 四、结转下年度继续办理");
      if (column.key().equals(TOTAL) && (derived(carriedIn) || derived(carriedOut))) {
        continue; // follows from the applicant columns, which are checked one by one
      }
      if (Term.checkable(List.of(carriedIn, carriedOut))
          && carriedIn.number().compareTo(carriedOut.number()) != 0) {
        out.error(RULE, now.schema().name() + " " + column.label() + "列：" + carriedIn + " ≠ "
            + carriedOut, carriedIn);
      }
    }
  }

  private static boolean derived(Term term) {
    return term.blank() || term.value().derived();
  }
}
