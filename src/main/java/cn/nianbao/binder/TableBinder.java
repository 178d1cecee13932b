package cn.nianbao.binder;

import cn.nianbao.binder.SourceNode.Entry;
import cn.nianbao.binder.SourceNode.MapNode;
import cn.nianbao.binder.SourceNode.Scalar;
import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.TablePlaces;
import cn.nianbao.model.TableSchema;
import cn.nianbao.model.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds one statistical table. The data file nests maps along each row's key path and ends in a
 * map of column keys to numbers; a blank ({@code key:}) or absent cell stays blank, and
 * {@code /} or {@code 不适用} marks a cell not applicable.
 */
final class TableBinder {
  private static final Map<ValueType, Pattern> SYNTAX = Map.of(
      ValueType.COUNT, Pattern.compile("\\d+"),
      ValueType.CHANGE, Pattern.compile("[+-]?\\d+"),
      ValueType.AMOUNT, Pattern.compile("\\d+(\\.\\d+)?"));

  /** How a data file marks a cell not applicable. */
  private static final Set<String> NOT_APPLICABLE = Set.of(CellValue.NOT_APPLICABLE_MARK, "不适用");

  private final Fields fields;
  private final FormatVersion version;
  private final TableSchema schema;
  private final TableSchema otherSchema;
  private final Map<CellRef, CellValue> values = new LinkedHashMap<>();
  private final Map<String, Span> rowSpans = new LinkedHashMap<>();
  private final Map<CellRef, Span> blanks = new LinkedHashMap<>();

  TableBinder(Fields fields, FormatVersion version, TableSchema schema, TableSchema otherSchema) {
    this.fields = fields;
    this.version = version;
    this.schema = schema;
    this.otherSchema = otherSchema;
  }

  /** Binds the table whose key stands at {@code keySpan} (where its absent rows point). */
  StatTable bind(MapNode table, Span keySpan) {
    group(table, List.of());
    return StatTable.withTotals(schema, values, new TablePlaces(keySpan, rowSpans, blanks));
  }

  private void group(MapNode node, List<String> prefix) {
    Set<String> here = nextKeys(schema, prefix);
    Set<String> there = nextKeys(otherSchema, prefix);
    fields.onlyKnownKeys(node, where(prefix), here,
        key -> there.contains(key) ? otherVersion("“" + key + "”") : null);
    for (Entry e : node.entries().values()) {
      if (!here.contains(e.key())) {
        continue;
      }
      List<String> path = append(prefix, e.key());
      RowSpec row = schema.row(String.join("/", path));
      rowSpans.put(String.join("/", path), e.keySpan());
      if (e.value() instanceof Scalar s && s.isNull()) {
        continue; // the whole row or group left blank
      }
      fields.map(e.value(), where(path)).ifPresent(m -> {
        String mismatch = shapeOfOtherVersion(path, row, m);
        if (mismatch != null) {
          fields.problem(e.keySpan(), where(path) + ": " + mismatch);
        } else if (row != null) {
          cells(m, row);
        } else {
          group(m, path);
        }
      });
    }
  }

  private void cells(MapNode node, RowSpec row) {
    RowSpec otherRow = otherSchema.row(row.key());
    Set<String> otherColumns = new LinkedHashSet<>();
    if (otherRow != null) {
      otherRow.columns().forEach(c -> otherColumns.add(c.key()));
    }
    List<String> keys = row.columns().stream().map(ColumnSpec::key).toList();
    fields.onlyKnownKeys(node, schema.name() + " “" + row.label() + "”", keys,
        key -> otherColumns.contains(key) && !keys.contains(key) ? otherVersion("列 “" + key + "”") : null);
    for (Entry e : node.entries().values()) {
      ColumnSpec column = row.column(e.key());
      if (column != null) {
        value(e, new CellRef(row.key(), column.key()), column.type());
      }
    }
  }

  private void value(Entry e, CellRef cell, ValueType type) {
    if (!(e.value() instanceof Scalar s)) {
      fields.problem(e.value().span(), schema.describe(cell) + ": " + type.expectation()
          + "，实际为" + e.value().kindName(), address(cell), schema.describe(cell));
      return;
    }
    if (s.isNull()) {
      blanks.put(cell, s.span()); // blank cell: the checker points here
      return;
    }
    String text = s.text().strip();
    if (NOT_APPLICABLE.contains(text)) {
      values.put(cell, CellValue.notApplicable(s.span()));
      return;
    }
    if (!SYNTAX.get(type).matcher(text).matches()) {
      String slip = Slips.inNumber(s.text());
      fields.problem(s.span(), schema.describe(cell) + ": "
          + (slip != null ? slip : type.expectation() + "，实际为" + s.kindName()),
          address(cell), schema.describe(cell));
      return;
    }
    values.put(cell, CellValue.given(new BigDecimal(text), s.span()));
  }

  /**
   * A row in one version can be a group of rows in the other (表三 （六）其他处理): explain that
   * instead of reporting each key as unknown.
   */
  private String shapeOfOtherVersion(List<String> path, RowSpec row, MapNode value) {
    String key = String.join("/", path);
    if (row == null && otherSchema.row(key) != null
        && value.entries().keySet().stream().allMatch(k -> otherSchema.row(key).column(k) != null)) {
      return "在" + version.label() + "中分为" + nextKeys(schema, path).size() + "项：“"
          + String.join("”“", nextKeys(schema, path)) + "”，请分项填写";
    }
    if (row != null && !nextKeys(otherSchema, path).isEmpty()
        && value.entries().keySet().stream()
            .anyMatch(k -> row.column(k) == null && nextKeys(otherSchema, path).contains(k))) {
      return "在" + version.label() + "中是一行，请直接填写各列数字（分项写法属于" + version.other().label() + "）";
    }
    return null;
  }

  private CellAddress address(CellRef cell) {
    return new CellAddress(schema.dataKey(), cell.row(), cell.column());
  }

  private String where(List<String> path) {
    return path.isEmpty() ? schema.name() : schema.name() + " “" + String.join(" / ", path) + "”";
  }

  private String otherVersion(String what) {
    FormatVersion other = version.other();
    return what + " 属于" + other.label() + "，本报告使用" + version.label() + "，其中没有这一项";
  }

  private static Set<String> nextKeys(TableSchema schema, List<String> prefix) {
    Set<String> keys = new LinkedHashSet<>();
    for (RowSpec row : schema.rows()) {
      if (row.path().size() > prefix.size() && row.path().subList(0, prefix.size()).equals(prefix)) {
        keys.add(row.path().get(prefix.size()));
      }
    }
    return keys;
  }

  private static List<String> append(List<String> prefix, String key) {
    List<String> path = new ArrayList<>(prefix);
    path.add(key);
    return path;
  }
}
