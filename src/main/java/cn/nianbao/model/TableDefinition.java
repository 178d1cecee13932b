package cn.nianbao.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One official table of one format version, as {@code templates/<version>/tables.yaml} defines
 * it: what the data file holds ({@link #schema}) and how the official form lays it out.
 *
 * @param schema     rows, columns, data keys, value types and totals
 * @param heading    the section heading printed above the table, e.g. 三、收到和处理政府信息公开申请情况
 * @param headerRows how many leading grid rows are header rows (repeated on each page)
 * @param columns    number of grid columns
 * @param grid       the grid rows, top to bottom, each listing the cells that start in it
 * @param labels     the official label of each value row and each group of rows, as printed,
 *                   by its key path joined with {@code /} (e.g. 本年度办理结果/不予公开 → （三）不予公开)
 */
public record TableDefinition(TableSchema schema, String heading, int headerRows, int columns,
    List<List<GridCell>> grid, Map<String, String> labels) {
  public TableDefinition {
    grid = grid.stream().map(List::copyOf).toList();
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The official label of a value row or group of rows, as printed, or null. */
  public String label(String keyPath) {
    return labels.get(keyPath);
  }
}
