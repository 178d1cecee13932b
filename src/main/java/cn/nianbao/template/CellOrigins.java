package cn.nianbao.template;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.document.Origin;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.TableSchema;

/** Where a table value came from, as the document carries it to the page. */
final class CellOrigins {
  private CellOrigins() {}

  /** The data file's own address of a value cell: table key, row path, column key. */
  static CellAddress address(TableSchema schema, CellRef cell) {
    return new CellAddress(schema.dataKey(), cell.row(), cell.column());
  }

  /**
   * The origin of a value cell: its address, and the data file's span of its value. The one place
   * that turns a bound value into an origin. {@code value} is null for a cell the data file leaves
   * out, which keeps its address so that a finding about it can still point at the cell; a total
   * nianbao computed has no span either.
   */
  static Origin of(CellAddress address, CellValue value) {
    return new Origin(value == null ? null : value.span(), address);
  }
}
