package cn.nianbao.model;

import java.util.List;

/**
 * One official table of one format version, as {@code templates/<version>/tables.yaml} defines
 * it: what the data file holds ({@link #schema}) and how the official form lays it out.
 *
 * @param schema     rows, columns, data keys, value types and totals
 * @param heading    the section heading printed above the table, e.g. 三、收到和处理政府信息公开申请情况
 * @param headerRows how many leading grid rows are header rows (repeated on each page)
 * @param columns    number of grid columns
 * @param grid       the grid rows, top to bottom, each listing the cells that start in it
 */
public record TableDefinition(TableSchema schema, String heading, int headerRows, int columns,
    List<List<GridCell>> grid) {
  public TableDefinition {
    grid = grid.stream().map(List::copyOf).toList();
  }
}
