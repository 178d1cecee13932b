package cn.nianbao.validate;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * C6, cross-year, when both years use the 2019 format: in rows （五）（六）（八） of table 二, this
 * year's 上一年项目数量 equals last year's 上一年项目数量 + 本年增/减.
 */
final class ItemCounts {
  static final String RULE = "C6";
  private static final String COUNT = "上一年项目数量";
  private static final String CHANGE = "本年增/减";

  private ItemCounts() {}

  static void check(StatTable now, StatTable before, int previousYear, Collector out) {
    for (RowSpec row : now.schema().rows()) {
      if (row.column(COUNT) == null || row.column(CHANGE) == null) {
        continue;
      }
      Term count = Term.of(now, new CellRef(row.key(), COUNT), COUNT);
      Term lastCount = Term.of(before, new CellRef(row.key(), COUNT), previousYear + "年度报告 " + COUNT);
      Term lastChange = Term.of(before, new CellRef(row.key(), CHANGE), CHANGE);
      if (!Term.checkable(List.of(count, lastCount, lastChange))) {
        continue;
      }
      BigDecimal expected = lastCount.number().add(lastChange.number());
      if (count.number().compareTo(expected) != 0) {
        out.error(RULE, now.schema().name() + " “" + row.label() + "” " + count + " ≠ " + lastCount
            + " + " + lastChange + " = " + expected.toPlainString(), count);
      }
    }
  }
}
