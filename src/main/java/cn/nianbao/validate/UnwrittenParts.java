package cn.nianbao.validate;

import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.Report;
import cn.nianbao.model.Subsection;
import java.util.List;

/**
 * EMPTY: a narrative section or the 落款 date the data file has left empty (as {@code nianbao new}
 * writes them). An error, so a final report is refused until it is written; a draft may lack it.
 */
final class UnwrittenParts {
  static final String RULE = "EMPTY";

  private UnwrittenParts() {}

  static void check(Report report, Collector out) {
    section(report, report.overview(), "总体情况", "一、总体情况 未填写", out);
    section(report, report.problems(), "存在的主要问题及改进情况", "五、存在的主要问题及改进情况 未填写", out);
    section(report, report.otherMatters(), "其他需要报告的事项",
        "六、其他需要报告的事项 未填写（没有需要报告的事项时写 “无。”）", out);
    report.signOff().filter(s -> s.date() == null).ifPresent(s ->
        out.error(RULE, "落款 日期 未填写（成文日期，例如 " + (report.year() + 1) + "-01-20）",
            report.sources().span("落款/日期").or(() -> report.sources().span("落款/署名"))
                .orElse(null)));
  }

  /** An empty section, at its own key's line when the data file has the key. */
  private static void section(Report report, List<Subsection> parts, String key, String message,
      Collector out) {
    if (parts.isEmpty()) {
      out.error(RULE, message, report.sources().span(key).orElse((Span) null));
    }
  }
}
