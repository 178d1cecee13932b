package cn.nianbao.template;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.Report;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.Subsection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as templates see it: plain maps, lists and strings only, so a template can read the
 * report but reach nothing else. Table numbers are already printed as text; a blank cell is "".
 */
final class TemplateView {
  private TemplateView() {}

  static Map<String, Object> of(Report r) {
    Map<String, Object> report = new HashMap<>();
    report.put("organization", r.organization());
    report.put("year", String.valueOf(r.year()));
    report.put("title", r.title());
    report.put("opening", r.opening());
    report.put("overview", sections(r.overview()));
    report.put("problems", sections(r.problems()));
    report.put("otherMatters", sections(r.otherMatters()));
    // A 落款 whose date is not written yet (an EMPTY error, so only in a draft) is left out.
    r.signOff().filter(s -> s.date() != null)
        .ifPresent(s -> report.put("signOff", Map.of("signer", s.signer(), "date", s.dateText())));

    Map<String, Object> view = new HashMap<>();
    view.put("report", report);
    view.put("t2", table(r.activeDisclosure()));
    view.put("t3", table(r.requests()));
    view.put("t4", table(r.appeals()));
    return view;
  }

  private static List<Map<String, Object>> sections(List<Subsection> subsections) {
    return subsections.stream().map(s -> {
      Map<String, Object> m = new HashMap<>();
      s.heading().ifPresent(h -> m.put("heading", h));
      m.put("paragraphs", s.paragraphs());
      return m;
    }).toList();
  }

  /** Row key → column key → printed value. Every cell of the schema is present. */
  private static Map<String, Map<String, String>> table(StatTable table) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (RowSpec row : table.schema().rows()) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (ColumnSpec column : row.columns()) {
        cells.put(column.key(), table.get(new CellRef(row.key(), column.key()))
            .map(v -> ValueText.of(v, column.type())).orElse(""));
      }
      rows.put(row.key(), cells);
    }
    return rows;
  }
}
