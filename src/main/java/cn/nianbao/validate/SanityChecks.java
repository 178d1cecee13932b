package cn.nianbao.validate;

import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.Report;
import cn.nianbao.model.ReportSources;
import cn.nianbao.model.SignOff;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings for slips that leave every number right but the report wrong, often made when last
 * year's file is copied: S1 the year in the file name is not 年度; S2 the 落款 date is not in the
 * year after the report year (reports are due by 31 January); S3 the 统计期限 stated in 引言 is not
 * the report year.
 */
final class SanityChecks {
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
  /** A sentence (up to 。；) naming the statistical period: 统计期限, 统计期间, 统计时间 or 统计时段. */
  private static final Pattern PERIOD = Pattern.compile("统计(?:期限|期间|时间|时段)[^。；;]*");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})年");

  private SanityChecks() {}

  static void check(Report report, String fileName, Collector out) {
    if (fileName != null) {
      fileName(report.year(), fileName, out);
    }
    report.signOff().map(SignOff::date).filter(d -> d != null && d.getYear() != report.year() + 1)
        .ifPresent(d -> out.warning("S2", "落款 日期 " + report.signOff().get().dateText() + " 不在报告年度的次年（"
            + (report.year() + 1) + "年）：" + report.year() + "年度报告应于" + (report.year() + 1)
            + "年1月31日前公布，请核对日期或 年度", report.sources().span("落款/日期").orElse(null)));
    statedPeriod(report, out);
  }

  private static void fileName(int year, String fileName, Collector out) {
    List<String> years = new ArrayList<>();
    Matcher m = YEAR_IN_NAME.matcher(fileName);
    while (m.find()) {
      years.add(m.group());
    }
    if (!years.isEmpty() && !years.contains(String.valueOf(year))) {
      out.warning("S1", "文件名 “" + fileName + "” 中的年份 " + String.join("、", years) + " 与 年度 " + year
          + " 不符：是否复制了别的年度的文件而忘了改 年度，或文件名写错了？", (Span) null);
    }
  }

  private static void statedPeriod(Report report, Collector out) {
    List<String> opening = report.opening();
    for (int i = 0; i < opening.size(); i++) {
      Matcher period = PERIOD.matcher(opening.get(i));
      while (period.find()) {
        Matcher y = YEAR.matcher(period.group());
        boolean other = false;
        boolean any = false;
        while (y.find()) {
          any = true;
          other |= Integer.parseInt(y.group(1)) != report.year();
        }
        if (any && other) {
          out.warning("S3", "引言 第" + (i + 1) + "段 写的 “" + period.group() + "” 与 年度 " + report.year()
              + " 不符：统计期限应为" + report.year() + "年1月1日至" + report.year() + "年12月31日",
              Sentences.span(report.sources().span(ReportSources.opening(i)).orElse(null), opening.get(i),
                  period.start(), period.end()));
        }
      }
    }
  }
}
