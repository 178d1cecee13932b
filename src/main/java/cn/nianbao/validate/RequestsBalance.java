package cn.nianbao.validate;

import static cn.nianbao.model.OfficialTables.CARRIED_IN_ROW;
import static cn.nianbao.model.OfficialTables.CARRIED_OUT_ROW;
import static cn.nianbao.model.OfficialTables.NEW_ROW;
import static cn.nianbao.model.OfficialTables.RESULTS_TOTAL_ROW;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.StatTable;
import java.util.ArrayList;
import java.util.List;

/**
 * C1, printed in table 三 itself: in each column, 一、本年新收 + 二、上年结转 = （七）总计 +
 * 四、结转下年度继续办理.
 */
final class RequestsBalance {
  static final String RULE = "C1";

  private RequestsBalance() {}

  /** Where to point when the wrong cell cannot be told: the first cell in file order. */
  private static Term firstGiven(List<Term> terms) {
    return terms.stream().filter(t -> t.span() != null)
        .min(java.util.Comparator.comparingInt(t -> t.span().startOffset())).orElse(terms.get(0));
  }

  static void check(StatTable requests, Collector out) {
    for (ColumnSpec column : requests.schema().row(NEW_ROW).columns()) {
      String c = column.key();
      List<Term> left = List.of(
          Term.of(requests, new CellRef(NEW_ROW, c), "一、本年新收"),
          Term.of(requests, new CellRef(CARRIED_IN_ROW, c), "二、上年结转"));
      List<Term> right = List.of(
          Term.of(requests, new CellRef(RESULTS_TOTAL_ROW, c), "（七）总计"),
          Term.of(requests, new CellRef(CARRIED_OUT_ROW, c), "四、结转下年度继续办理"));
      List<Term> all = new ArrayList<>(left);
      all.addAll(right);
      if (Term.checkable(all) && Term.sum(left).compareTo(Term.sum(right)) != 0) {
        out.error(RULE, requests.schema().name() + " " + column.label() + "列："
            + Term.join(left) + " ≠ " + Term.join(right), Suspects.culprit(requests, all, null), firstGiven(all));
      }
    }
  }
}
