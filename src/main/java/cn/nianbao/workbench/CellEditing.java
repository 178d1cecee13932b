package cn.nianbao.workbench;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.model.Report;
import java.util.List;
import java.util.function.BiPredicate;

/** How cells typed on the page reach the data file, and which cells nianbao computes itself. */
final class CellEditing {
  /** Cells whose value nianbao computes (shown as derived, not editable). */
  static final BiPredicate<Report, CellAddress> DERIVED = (report, cell) -> false;

  /** Writes a cell's value into the data file by its span. */
  static final Edits.CellWriter WRITER = (file, sha, cell, value) -> {
    throw new Edits.Refused("在页面上修改数字的功能尚未接入；请在编辑器中修改数据文件。", List.of());
  };

  private CellEditing() {}
}
