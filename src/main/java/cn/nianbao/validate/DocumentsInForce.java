package cn.nianbao.validate;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * C7 (warning), cross-year, when both years use the 2021 format: in rows （一） of table 二,
 * 现行有效件数 ≈ last year's 现行有效件数 + 本年制发件数 − 本年废止件数. Amendments and
 * reclassification legitimately break it, so it never blocks.
 */
final class DocumentsInForce {
  static final String RULE = "C7";
  private static final String IN_FORCE = "现行有效件数";

  private DocumentsInForce() {}

  static void check(StatTable now, StatTable before, int previousYear, Collector out) {
    for (RowSpec row : now.schema().rows()) {
      if (row.column(IN_FORCE) == null) {
        continue;
      }
      Term inForce = Term.of(now, new CellRef(row.key(), IN_FORCE), IN_FORCE);
      Term last = Term.of(before, new CellRef(row.key(), IN_FORCE), previousYear + "年度报告 " + IN_FORCE);
      Term issued = Term.of(now, new CellRef(row.key(), "本年制发件数"), "本年制发件数");
      Term repealed = Term.of(now, new CellRef(row.key(), "本年废止件数"), "本年废止件数");
      if (!Term.checkable(List.of(inForce, last, issued, repealed))) {
        continue;
      }
      BigDecimal expected = last.number().add(issued.number()).subtract(repealed.number());
      if (inForce.number().compareTo(expected) != 0) {
        out.warning(RULE, now.schema().name() + " “" + row.label() + "” " + inForce + " ≠ " + last
            + " + " + issued + " − " + repealed + " = " + expected.toPlainString()
            + "（如有修改、重新认定等情况可不理会）", inForce);
      }
    }
  }
}
