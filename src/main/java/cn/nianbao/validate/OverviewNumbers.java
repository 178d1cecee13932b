package cn.nianbao.validate;

import static cn.nianbao.model.OfficialTables.CARRIED_IN_ROW;
import static cn.nianbao.model.OfficialTables.NEW_ROW;
import static cn.nianbao.model.OfficialTables.RESULTS_TOTAL_ROW;
import static cn.nianbao.model.OfficialTables.TOTAL;

import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.Report;
import cn.nianbao.model.ReportSources;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.Subsection;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C9 (warning): the totals of table 三 that section 一's prose quotes match the table. Deliberately
 * conservative: only three phrasings are recognised, each within one clause (no {@code ，。；：、}
 * and no other number between the keyword and the count), e.g. {@code 新收政府信息公开申请402件},
 * {@code 收到…申请N件}, {@code 上年结转申请11件}, {@code 办结400件}.
 */
final class OverviewNumbers {
  static final String RULE = "C9";
  private static final String CLAUSE = "[^，。；：、,;:\\d]";

  private record Quote(Pattern pattern, String row, String label) {}

  private static final List<Quote> QUOTES = List.of(
      new Quote(Pattern.compile("(?:新收|收到)" + CLAUSE + "{0,20}?申请(\\d+)件"), NEW_ROW,
          "一、本年新收政府信息公开申请数量"),
      new Quote(Pattern.compile("上年结转" + CLAUSE + "{0,20}?(\\d+)件"), CARRIED_IN_ROW,
          "二、上年结转政府信息公开申请数量"),
      new Quote(Pattern.compile("办结(?:" + CLAUSE + "{0,20}?申请)?(\\d+)件"), RESULTS_TOTAL_ROW,
          "（七）总计"));

  private static final String SECTION = "总体情况";

  private OverviewNumbers() {}

  static void check(Report report, Collector out) {
    StatTable requests = report.requests();
    Set<String> reported = new LinkedHashSet<>();
    List<Subsection> parts = report.overview();
    for (int p = 0; p < parts.size(); p++) {
      List<String> paragraphs = parts.get(p).paragraphs();
      for (int i = 0; i < paragraphs.size(); i++) {
        String paragraph = paragraphs.get(i);
        Span span = report.sources().span(ReportSources.paragraph(SECTION, p, i)).orElse(null);
        for (Quote quote : QUOTES) {
          CellValue total = requests.get(new CellRef(quote.row(), TOTAL)).orElse(null);
          if (total == null || total.notApplicable()) {
            continue;
          }
          Matcher m = quote.pattern().matcher(paragraph);
          while (m.find()) {
            if (new BigDecimal(m.group(1)).compareTo(total.number()) != 0 && reported.add(m.group())) {
              out.warning(RULE, "一、总体情况 写有 “" + m.group() + "”，与表三 “" + quote.label() + "” 总计("
                  + total.number().toPlainString() + ") 不符", Sentences.span(span, paragraph, m.start(), m.end()));
            }
          }
        }
      }
    }
  }
}
