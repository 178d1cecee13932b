package cn.nianbao.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a document says about itself (PDF info and XMP, DOCX core properties). The date stands
 * for every date a file records, so that the same data always gives the same bytes: renderers
 * never read the clock.
 *
 * @param title    the report title, one line
 * @param author   the reporting body (机关)
 * @param subject  what the document is, e.g. 政府信息公开工作年度报告
 * @param keywords comma-separated keywords
 * @param date     the document's date: the 落款 date, else one derived from the report year
 */
public record DocumentInfo(
    String title, String author, String subject, String keywords, LocalDate date) {
  /** For documents made without report data (tests, samples): empty texts, 1 January 2000. */
  public static final DocumentInfo NONE = new DocumentInfo("", "", "", "", LocalDate.of(2000, 1, 1));

  public DocumentInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(keywords, "keywords");
    Objects.requireNonNull(date, "date");
  }

  /**
   * The name and version of the program that made the files, e.g. {@code nianbao 0.1.0}; the
   * version comes from the jar manifest ({@code dev} when run from classes).
   */
  public static String generator() {
    String v = DocumentInfo.class.getPackage().getImplementationVersion();
    return "nianbao " + (v == null ? "dev" : v);
  }
}
