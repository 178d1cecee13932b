package cn.nianbao.template;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.document.Origin;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.GridCell;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.Report;
import cn.nianbao.model.ReportSources;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.Subsection;
import cn.nianbao.model.TableDefinition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as templates see it: plain maps, lists and strings only, so a template can read the
 * report but reach nothing else. Table numbers are already printed as text; a blank cell is "".
 * Each table also comes as its official grid ({@code table2}, {@code table3}, {@code table4}),
 * laid out from the version's table definition, so templates never spell a label or a span.
 *
 * @param model   what the template sees
 * @param origins the origin of each value cell, by {@link CellAddress#id()}; only the markup sees it
 */
record TemplateView(Map<String, Object> model, Map<String, Origin> origins) {
  static TemplateView of(Report r) {
    Map<String, Object> report = new HashMap<>();
    report.put("organization", r.organization());
    report.put("year", String.valueOf(r.year()));
    report.put("title", r.title());
    // A title the data file does not give is made from 机关 and 年度: its text comes from 机关.
    report.put("titleOrigin", r.sources().span("标题").isPresent() ? "标题" : "机关");
    report.put("opening", r.opening());
    report.put("openingOrigins", java.util.stream.IntStream.range(0, r.opening().size())
        .mapToObj(ReportSources::opening).toList());
    report.put("overview", sections(r.overview(), "总体情况"));
    report.put("problems", sections(r.problems(), "存在的主要问题及改进情况"));
    report.put("otherMatters", sections(r.otherMatters(), "其他需要报告的事项"));
    // A 落款 whose date is not written yet (an EMPTY error, so only in a draft) is left out.
    r.signOff().filter(s -> s.date() != null)
        .ifPresent(s -> report.put("signOff", Map.of("signer", s.signer(), "date", s.dateText(),
            "signerOrigin", "落款/署名", "dateOrigin", "落款/日期")));

    Map<String, Object> view = new HashMap<>();
    view.put("report", report);
    Map<String, Origin> origins = new HashMap<>();
    // paragraphs by field path (总体情况/0/段落/1 …), cells by address id: the two never collide
    r.sources().spans().forEach((path, span) -> origins.put(path, Origin.of(span)));
    List<StatTable> tables = List.of(r.activeDisclosure(), r.requests(), r.appeals());
    List<TableDefinition> definitions = OfficialTables.definitions(r.format());
    for (int i = 0; i < tables.size(); i++) {
      view.put("t" + (i + 2), values(tables.get(i)));
      view.put("table" + (i + 2), grid(definitions.get(i), tables.get(i), origins));
    }
    return new TemplateView(view, origins);
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
  private static Map<String, Map<String, String>> values(StatTable table) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (RowSpec row : table.schema().rows()) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (ColumnSpec column : row.columns()) {
        cells.put(column.key(), text(table, new CellRef(row.key(), column.key())));
      }
      rows.put(row.key(), cells);
    }
    return rows;
  }

  /**
   * One table's grid: {@code heading}, {@code headerRows}, and {@code rows}, each a list of cells
   * with {@code kind} (corner, band, header, group, row, value), {@code text}, {@code rowspan},
   * {@code colspan}, {@code column} (grid column it starts in, from 0) and, for a value, {@code cell}
   * (its address, which the {@code @cell} directive turns into the value's origin).
   */
  private static Map<String, Object> grid(TableDefinition definition, StatTable table,
      Map<String, Origin> origins) {
    List<List<Map<String, Object>>> rows = definition.grid().stream()
        .map(row -> row.stream().map(c -> cell(c, table, origins)).toList()).toList();
    return Map.of("heading", definition.heading(), "headerRows", definition.headerRows(), "rows", rows);
  }

  private static Map<String, Object> cell(GridCell c, StatTable table, Map<String, Origin> origins) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
    m.put("rowspan", c.rowSpan());
    m.put("colspan", c.colSpan());
    m.put("column", c.column());
    if (c.value() == null) {
      m.put("text", c.text());
    } else {
      CellAddress address = CellOrigins.address(table.schema(), c.value());
      origins.put(address.id(), CellOrigins.of(address, table.get(c.value()).orElse(null)));
      m.put("text", text(table, c.value()));
      m.put("cell", address.id());
    }
    return m;
  }

  private static String text(StatTable table, CellRef cell) {
    ColumnSpec column = table.schema().row(cell.row()).column(cell.column());
    return table.get(cell).map(v -> ValueText.of(v, column.type())).orElse("");
  }
}
