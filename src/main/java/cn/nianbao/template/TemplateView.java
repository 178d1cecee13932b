package cn.nianbao.template;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.Report;
import cn.nianbao.model.ReportSources;
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
    report.put("openingOrigins", java.util.stream.IntStream.range(0, r.opening().size())
        .mapToObj(ReportSources::opening).toList());
    report.put("overview", sections(r.overview(), "总体情况"));
    report.put("problems", sections(r.problems(), "存在的主要问题及改进情况"));
    report.put("otherMatters", sections(r.otherMatters(), "其他需要报告的事项"));
    r.signOff().ifPresent(s -> report.put("signOff", Map.of("signer", s.signer(), "date", s.dateText())));

    Map<String, Object> view = new HashMap<>();
    view.put("report", report);
    view.put("t2", table(r.activeDisclosure()));
    view.put("t3", table(r.requests()));
    view.put("t4", table(r.appeals()));
    return view;
  }

  /**
   * Each part as {@code heading}, {@code paragraphs} and, in parallel, {@code origins}: the
   * paragraphs' field paths, which {@code @paragraph origin=…} turns into the paragraph's origin.
   */
  private static List<Map<String, Object>> sections(List<Subsection> subsections, String key) {
    List<Map<String, Object>> parts = new java.util.ArrayList<>();
    for (int part = 0; part < subsections.size(); part++) {
      Subsection s = subsections.get(part);
      Map<String, Object> m = new HashMap<>();
      s.heading().ifPresent(h -> m.put("heading", h));
      m.put("paragraphs", s.paragraphs());
      int index = part;
      m.put("origins", java.util.stream.IntStream.range(0, s.paragraphs().size())
          .mapToObj(i -> ReportSources.paragraph(key, index, i)).toList());
      parts.add(m);
    }
    return parts;
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
