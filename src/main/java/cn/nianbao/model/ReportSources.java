package cn.nianbao.model;

import cn.nianbao.diagnostic.Span;
import java.util.Map;
import java.util.Optional;

/**
 * Where a report's values outside the tables stood in its data file: the file's name and the span
 * of each text value, by field path — {@code 机关}, {@code 年度}, {@code 标题}, {@code 引言/0},
 * {@code 总体情况/0/小标题}, {@code 总体情况/0/段落/2}, {@code 落款/署名}, {@code 落款/日期} (parts and
 * paragraphs counted from 0, as the lists in the report).
 *
 * @param file  the data file's name as given; empty when the report was not read from a file
 * @param spans field path → the value's span
 */
public record ReportSources(String file, Map<String, Span> spans) {
  /** A report made in code. */
  public static final ReportSources NONE = new ReportSources("", Map.of());

  public ReportSources {
    spans = Map.copyOf(spans);
  }

  /** The span of the value at {@code path}, if the data file gave it. */
  public Optional<Span> span(String path) {
    return Optional.ofNullable(spans.get(path));
  }

  /** The path of paragraph {@code paragraph} of part {@code part} of a narrative section. */
  public static String paragraph(String section, int part, int paragraph) {
    return section + "/" + part + "/段落/" + paragraph;
  }

  /** The path of the sub-heading of part {@code part} of a narrative section. */
  public static String heading(String section, int part) {
    return section + "/" + part + "/小标题";
  }

  /** The path of paragraph {@code index} of 引言. */
  public static String opening(int index) {
    return "引言/" + index;
  }
}
