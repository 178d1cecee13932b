package cn.nianbao.validate;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import java.util.List;

/** C8 (warning), 2019 format, rows （一） of table 二: 对外公开总数量 ≥ 本年新公开数量. */
final class PublishedTotal {
  static final String RULE = "C8";
  private static final String TOTAL = "对外公开总数量";
  private static final String NEW = "本年新公开数量";

  private PublishedTotal() {}

  static void check(StatTable table, Collector out) {
    for (RowSpec row : table.schema().rows()) {
      if (row.column(TOTAL) == null || row.column(NEW) == null) {
        continue;
      }
      Term total = Term.of(table, new CellRef(row.key(), TOTAL), TOTAL);
      Term published = Term.of(table, new CellRef(row.key(), NEW), NEW);
      boolean comparable = Term.checkable(List.of(total, published))
          && !total.value().notApplicable() && !published.value().notApplicable();
      if (comparable && total.number().compareTo(published.number()) < 0) {
        out.warning(RULE, table.schema().name() + " “" + row.label() + "” " + total + " < " + published
            + "：对外公开总数量应包含本年新公开的", total);
      }
    }
  }
}
