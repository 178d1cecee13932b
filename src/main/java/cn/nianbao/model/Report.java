package cn.nianbao.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One annual report as bound from a data file.
 *
 * @param organization  the reporting body's full name, e.g. 寒葱沟镇人民政府
 * @param year          the report year (the statistical period is that calendar year)
 * @param format        the official format version the report follows
 * @param title         the report title
 * @param opening       paragraphs before 一、总体情况 (may be empty)
 * @param overview      一、总体情况
 * @param activeDisclosure 二、主动公开政府信息情况
 * @param requests      三、收到和处理政府信息公开申请情况
 * @param appeals       四、政府信息公开行政复议、行政诉讼情况
 * @param problems      五、存在的主要问题及改进情况
 * @param otherMatters  六、其他需要报告的事项
 * @param signOff       署名 and 成文日期, when the report carries them
 * @param previousOrganization the body's name in last year's report when it has been renamed
 *                      since (上年机关名称), for the cross-year checks; empty when unchanged
 * @param sources       the data file's name and where each text value stood in it
 */
public record Report(
    String organization,
    int year,
    FormatVersion format,
    String title,
    List<String> opening,
    List<Subsection> overview,
    StatTable activeDisclosure,
    StatTable requests,
    StatTable appeals,
    List<Subsection> problems,
    List<Subsection> otherMatters,
    Optional<SignOff> signOff,
    Optional<String> previousOrganization,
    ReportSources sources) {

  public Report {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    opening = List.copyOf(opening);
    overview = List.copyOf(overview);
    problems = List.copyOf(problems);
    otherMatters = List.copyOf(otherMatters);
    Objects.requireNonNull(signOff, "signOff");
    Objects.requireNonNull(previousOrganization, "previousOrganization");
    Objects.requireNonNull(sources, "sources");
  }

  /** A report made in code, not read from a data file, of a body not renamed since last year. */
  public Report(String organization, int year, FormatVersion format, String title, List<String> opening,
      List<Subsection> overview, StatTable activeDisclosure, StatTable requests, StatTable appeals,
      List<Subsection> problems, List<Subsection> otherMatters, Optional<SignOff> signOff) {
    this(organization, year, format, title, opening, overview, activeDisclosure, requests, appeals,
        problems, otherMatters, signOff, Optional.empty(), ReportSources.NONE);
  }

  /** A report made in code, not read from a data file. */
  public Report(String organization, int year, FormatVersion format, String title, List<String> opening,
      List<Subsection> overview, StatTable activeDisclosure, StatTable requests, StatTable appeals,
      List<Subsection> problems, List<Subsection> otherMatters, Optional<SignOff> signOff,
      Optional<String> previousOrganization) {
    this(organization, year, format, title, opening, overview, activeDisclosure, requests, appeals,
        problems, otherMatters, signOff, previousOrganization, ReportSources.NONE);
  }

  /** The name last year's report must carry: {@link #previousOrganization} when renamed, else this year's. */
  public String organizationLastYear() {
    return previousOrganization.orElse(organization);
  }

  /** The title used when the data file gives none: {@code {organization}{year}年政府信息公开工作年度报告}. */
  public static String defaultTitle(String organization, int year) {
    return organization + year + "年政府信息公开工作年度报告";
  }
}
