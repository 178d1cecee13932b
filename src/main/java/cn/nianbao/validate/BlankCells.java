package cn.nianbao.validate;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.Report;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.SumRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * BLANK: in a final report every cell is filled, with a number or {@code /}. A blank is never read
 * as 0. Totals are not reported: a blank total always has a blank addend, which is.
 */
final class BlankCells {
  static final String RULE = "BLANK";
  private static final String HINT = "正式报告中每个数字都要填写，没有的填 0，不适用的填 /";

  private BlankCells() {}

  static void check(Report report, Collector out) {
    for (StatTable table : List.of(report.activeDisclosure(), report.requests(), report.appeals())) {
      Set<CellRef> totals = table.schema().sums().stream().map(SumRule::total).collect(Collectors.toSet());
      for (RowSpec row : table.schema().rows()) {
        List<CellRef> inputs = row.columns().stream().map(c -> new CellRef(row.key(), c.key()))
            .filter(ref -> !totals.contains(ref)).toList();
        List<CellRef> blanks = inputs.stream().filter(ref -> table.get(ref).isEmpty()).toList();
        if (blanks.size() > 1 && blanks.size() == inputs.size()) {
          out.error(RULE, table.schema().name() + " “" + row.label() + "” 整行为空：" + HINT,
              table.places().of(new CellRef(row.key(), "")));
        } else {
          blanks.forEach(ref ->
              out.error(RULE, table.schema().describe(ref) + " 为空：" + HINT, Term.of(table, ref, "")));
        }
      }
    }
  }
}
