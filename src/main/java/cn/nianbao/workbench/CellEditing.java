package cn.nianbao.workbench;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.edit.CellEdit;
import cn.nianbao.edit.DataFileEditor;
import cn.nianbao.edit.EditRefused;
import cn.nianbao.model.Report;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * How values typed on the page reach the data file ({@link DataFileEditor}: by the value's span,
 * every other byte kept), and which cells nianbao computes itself.
 */
final class CellEditing {
  /** Totals the data file leaves out and nianbao computes: shown hatched, not editable. */
  static final BiPredicate<Report, CellAddress> DERIVED = DataFileEditor::isDerived;

  /** Writes one cell's value into the data file if it is still the file the page was made from. */
  static final Edits.CellWriter WRITER = (file, sha, cell, value) -> {
    try {
      return DataFileEditor.write(file, sha, List.of(new CellEdit(cell, value)));
    } catch (EditRefused e) {
      throw new Edits.Refused("未写入数据文件：", e.diagnostics());
    }
  };

  private CellEditing() {}
}
