package cn.nianbao.validate;

import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import java.util.Optional;

/**
 * Checks that a report's numbers reconcile (docs/format.md §7). A pure function of the
 * report and, for the cross-year rules C5–C7, the previous year's report. Every problem is
 * collected; nothing stops at the first.
 *
 * <p>Errors: BLANK (a cell left blank), EMPTY (a section or the 落款 date not written), C1–C6.
 * Warnings: C7–C9, and S1–S3 (file name, 落款 date and stated period against the report year). C10 (counts are non-negative
 * integers) is enforced when the data file is bound and never reaches the checker.
 */
public final class Checker {
  private Checker() {}

  /** Checks a report on its own; the cross-year rules are not run. */
  public static Findings check(Report report) {
    return check(report, null);
  }

  /**
   * Checks a report against the previous year's (null: cross-year rules are not run). The
   * previous report must be for the year before and the same body: see {@link #previousMismatch}.
   */
  public static Findings check(Report report, Report previous) {
    return check(report, previous, null);
  }

  /**
   * Checks a report read from the data file named {@code fileName} (its name only, no folder; null
   * when unknown), so that a year in the name that is not the report's own is warned about too.
   */
  public static Findings check(Report report, Report previous, String fileName) {
    if (previous != null && previousMismatch(report, previous).isPresent()) {
      throw new IllegalArgumentException(previousMismatch(report, previous).get());
    }
    Collector out = new Collector(report.sources().file());
    BlankCells.check(report, out);
    UnwrittenParts.check(report, out);
    RequestsBalance.check(report.requests(), out);
    StatedTotals.check(report.requests(), "C2", "C3", out);
    StatedTotals.check(report.appeals(), "C4", "C4", out);
    if (previous != null) {
      crossYear(report, previous, out);
    }
    if (report.format() == FormatVersion.V2019) {
      PublishedTotal.check(report.activeDisclosure(), out);
    }
    OverviewNumbers.check(report, out);
    SanityChecks.check(report, fileName, out);
    return out.findings();
  }

  /**
   * Why {@code previous} cannot serve as the year before {@code report} (another year or another
   * body), in Chinese; empty when it can.
   */
  public static Optional<String> previousMismatch(Report report, Report previous) {
    if (previous.year() != report.year() - 1) {
      return Optional.of("上年数据应为" + (report.year() - 1) + "年度，实际为" + previous.year() + "年度");
    }
    if (!previous.organization().equals(report.organizationLastYear())) {
      return Optional.of("上年数据的机关为 “" + previous.organization() + "”，与本年 “"
          + report.organizationLastYear() + "” 不同"
          + (report.previousOrganization().isPresent() ? "（本年数据中的 上年机关名称）"
              : "（机关更名时，在本年数据中写 上年机关名称: 上年报告中的名称）"));
    }
    return Optional.empty();
  }

  private static void crossYear(Report report, Report previous, Collector out) {
    CarryOver.check(report, previous, out);
    if (report.format() != previous.format()) {
      out.note("上年（" + previous.year() + "年度）报告使用" + previous.format().label() + "，本年使用"
          + report.format().label() + "：跨年度只检查 C5，C6、C7 不适用，已跳过");
    } else if (report.format() == FormatVersion.V2019) {
      ItemCounts.check(report.activeDisclosure(), previous.activeDisclosure(), previous.year(), out);
    } else {
      DocumentsInForce.check(report.activeDisclosure(), previous.activeDisclosure(), previous.year(), out);
    }
  }
}
