package cn.nianbao.model;

/**
 * The official report formats set by the State Council's information-disclosure office. Each
 * report year has exactly one allowed format.
 */
public enum FormatVersion {
  /** 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号: 2019 and 2020 reports. */
  V2019(2019, "2019年版格式（试行，国办公开办函〔2019〕60号）"),
  /** 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号: 2021 reports onward. */
  V2021(2021, "2021年版格式（国办公开办函〔2021〕30号）");

  /** First report year for which a unified format exists. */
  public static final int FIRST_YEAR = 2019;

  private final int number;
  private final String label;

  FormatVersion(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** The version as users write it in a data file: 2019 or 2021. */
  public int number() {
    return number;
  }

  /** Human-readable name with the notice that set it, for messages. */
  public String label() {
    return label;
  }

  /** The format a report for {@code year} must use; {@code year} must be at least {@link #FIRST_YEAR}. */
  public static FormatVersion forYear(int year) {
    if (year < FIRST_YEAR) {
      throw new IllegalArgumentException("No official format before " + FIRST_YEAR + ": " + year);
    }
    return year <= 2020 ? V2019 : V2021;
  }

  /** The version written as {@code number} (2019 or 2021), or null when there is none. */
  public static FormatVersion ofNumber(int number) {
    for (FormatVersion v : values()) {
      if (v.number == number) {
        return v;
      }
    }
    return null;
  }

  /** The other version, used to recognise keys that belong to it. */
  public FormatVersion other() {
    return this == V2019 ? V2021 : V2019;
  }
}
