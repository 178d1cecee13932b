package cn.nianbao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The totals of a table definition. {@code each row: 总计, adds: [columns]} makes one rule per row
 * that has those columns; {@code each column: <row>, adds: [rows]} one rule per column of that
 * total row, where a group of rows named among the addends stands for every value row under it.
 */
final class Sums {
  private static final Set<String> SUM = Set.of("each row", "each column", "adds");

  private Sums() {}

  static List<SumRule> read(DefinitionNode sums, List<RowSpec> rows) {
    List<SumRule> out = new ArrayList<>();
    if (sums == null) {
      return out;
    }
    for (DefinitionNode s : sums.list()) {
      s.attributes(SUM);
      List<String> adds = s.required("adds").list().stream().map(DefinitionNode::text).toList();
      DefinitionNode column = s.get("each row");
      DefinitionNode row = s.get("each column");
      if ((column == null) == (row == null)) {
        throw DefinitionNode.wrong(s.where(), "a sum is either \"each row\" or \"each column\"");
      }
      if (column != null) {
        acrossEachRow(column.text(), adds, rows, out);
      } else {
        downEachColumn(row, adds, rows, out);
      }
    }
    return out;
  }

  private static void acrossEachRow(String total, List<String> adds, List<RowSpec> rows, List<SumRule> out) {
    for (RowSpec r : rows) {
      if (r.column(total) != null && adds.stream().allMatch(a -> r.column(a) != null)) {
        out.add(new SumRule(new CellRef(r.key(), total),
            adds.stream().map(a -> new CellRef(r.key(), a)).toList()));
      }
    }
  }

  private static void downEachColumn(DefinitionNode totalRow, List<String> adds, List<RowSpec> rows,
      List<SumRule> out) {
    RowSpec total = rows.stream().filter(r -> r.key().equals(totalRow.text())).findFirst()
        .orElseThrow(() -> DefinitionNode.wrong(totalRow.where(), "no value row " + totalRow.text()));
    List<RowSpec> addends = new ArrayList<>();
    for (String a : adds) {
      List<RowSpec> under = rows.stream()
          .filter(r -> r.key().equals(a) || r.key().startsWith(a + "/")).toList();
      if (under.isEmpty()) {
        throw DefinitionNode.wrong(totalRow.where(), "no value row or group " + a);
      }
      addends.addAll(under);
    }
    for (ColumnSpec c : total.columns()) {
      out.add(new SumRule(new CellRef(total.key(), c.key()),
          addends.stream().map(r -> new CellRef(r.key(), c.key())).toList()));
    }
  }
}
