package cn.nianbao.model;

import cn.nianbao.diagnostic.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of one statistical table. A cell the data file left blank has no value; totals the
 * data omitted are derived from their addends when all of those are given. A not-applicable addend
 * is left out of the sum; a total whose addends are all not applicable is itself not applicable.
 */
public record StatTable(TableSchema schema, Map<CellRef, CellValue> values, TablePlaces places) {
  public StatTable {
    values = Map.copyOf(values);
    java.util.Objects.requireNonNull(places, "places");
  }

  /** A table not read from a data file. */
  public StatTable(TableSchema schema, Map<CellRef, CellValue> values) {
    this(schema, values, TablePlaces.NONE);
  }

  /** Builds the table from the given values and fills in omitted totals. */
  public static StatTable withTotals(TableSchema schema, Map<CellRef, CellValue> given) {
    return withTotals(schema, given, TablePlaces.NONE);
  }

  /** Builds the table from the given values and where they stood, and fills in omitted totals. */
  public static StatTable withTotals(TableSchema schema, Map<CellRef, CellValue> given,
      TablePlaces places) {
    Map<CellRef, CellValue> values = new LinkedHashMap<>(given);
    boolean changed = true;
    while (changed) { // a total may be an addend of another total (（七）总计 × 总计)
      changed = false;
      for (SumRule rule : schema.sums()) {
        if (!values.containsKey(rule.total()) && values.keySet().containsAll(rule.addends())) {
          boolean allNotApplicable =
              rule.addends().stream().allMatch(ref -> values.get(ref).notApplicable());
          BigDecimal sum = rule.addends().stream()
              .map(ref -> values.get(ref).numberOrZero())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          values.put(rule.total(),
              allNotApplicable ? CellValue.derivedNotApplicable() : CellValue.derived(sum));
          changed = true;
        }
      }
    }
    return new StatTable(schema, values, places);
  }

  /** The value of a cell, empty when blank. */
  public Optional<CellValue> get(CellRef cell) {
    return Optional.ofNullable(values.get(cell));
  }

  /**
   * Where to point the user for a cell: its value's span when given, else where it was left blank
   * (its key, its row, or the table); null when the table was not read from a data file.
   */
  public Span spanOf(CellRef cell) {
    CellValue value = values.get(cell);
    return value != null && value.span() != null ? value.span() : places.of(cell);
  }

  /** The value of a cell by row and column key, empty when blank. */
  public Optional<CellValue> get(String row, String column) {
    return get(new CellRef(row, column));
  }
}
