package cn.nianbao.starter;

import static cn.nianbao.model.OfficialTables.CARRIED_IN_ROW;
import static cn.nianbao.model.OfficialTables.CARRIED_OUT_ROW;
import static cn.nianbao.model.OfficialTables.TOTAL;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.TableSchema;
import cn.nianbao.model.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cells last year's report determines, so that the cross-year rules hold by construction:
 * C5 (上年结转 = last year's 结转下年度继续办理), C6 (2019 format: 上一年项目数量 = last year's
 * 上一年项目数量 + 本年增/减), and C7's reminder (2021 format: last year's 现行有效件数 as a note).
 */
final class Carried {
  static final String ITEM_COUNT = "上一年项目数量";
  static final String ITEM_CHANGE = "本年增/减";
  static final String IN_FORCE = "现行有效件数";

  private Carried() {}

  /** 表三 二、上年结转 from last year's 四、结转下年度继续办理; a derived total is left to derive again. */
  static Map<CellRef, String> carriedIn(TableSchema requests, Report previous) {
    Map<CellRef, String> out = new LinkedHashMap<>();
    StatTable before = previous.requests();
    for (ColumnSpec column : requests.row(CARRIED_IN_ROW).columns()) {
      Optional<CellValue> v = before.get(CARRIED_OUT_ROW, column.key());
      if (v.isPresent() && !(column.key().equals(TOTAL) && v.get().derived())) {
        out.put(new CellRef(CARRIED_IN_ROW, column.key()), v.get().text(column.type()));
      }
    }
    return out;
  }

  /** 表二（五）（六）（八） 上一年项目数量 of the 2019 format, when both years use it. */
  static Map<CellRef, String> itemCounts(TableSchema active, Report previous) {
    Map<CellRef, String> out = new LinkedHashMap<>();
    if (previous.format() != FormatVersion.V2019 || active.rows().stream()
        .noneMatch(r -> r.column(ITEM_COUNT) != null)) {
      return out;
    }
    StatTable before = previous.activeDisclosure();
    for (RowSpec row : active.rows()) {
      if (row.column(ITEM_COUNT) == null || row.column(ITEM_CHANGE) == null) {
        continue;
      }
      Optional<CellValue> count = before.get(row.key(), ITEM_COUNT);
      Optional<CellValue> change = before.get(row.key(), ITEM_CHANGE);
      if (count.isEmpty() || change.isEmpty()) {
        continue; // blank last year: nothing follows
      }
      CellRef cell = new CellRef(row.key(), ITEM_COUNT);
      if (count.get().notApplicable() && change.get().notApplicable()) {
        out.put(cell, CellValue.NOT_APPLICABLE_MARK);
      } else {
        out.put(cell, CellValue.derived(count.get().numberOrZero().add(change.get().numberOrZero()))
            .text(ValueType.COUNT));
      }
    }
    return out;
  }

  /** Last year's 现行有效件数 as a note on this year's cell, when both years use the 2021 format. */
  static Map<CellRef, String> documentsInForce(TableSchema active, Report previous) {
    Map<CellRef, String> out = new LinkedHashMap<>();
    if (previous.format() != FormatVersion.V2021) {
      return out;
    }
    for (RowSpec row : active.rows()) {
      if (row.column(IN_FORCE) == null) {
        continue;
      }
      previous.activeDisclosure().get(row.key(), IN_FORCE).ifPresent(v -> out.put(
          new CellRef(row.key(), IN_FORCE), v.notApplicable()
              ? previous.year() + "年填的是 /（不适用）"
              : previous.year() + "年末为 " + v.text(ValueType.COUNT)
                  + "，应为 上年 + 本年制发 − 本年废止（修改、重新认定另计）"));
    }
    return out;
  }
}
