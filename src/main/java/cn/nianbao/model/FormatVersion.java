package cn.nianbao.model;

/**
 * The official report formats set by the State Council's information-disclosure office. Each
 * report year has exactly one allowed format: the latest whose first year is not after it.
 *
 * <p>A format version is an entry here plus a template folder {@code templates/<number>/} holding
 * {@code report.ftl} and {@code tables.yaml} (docs/architecture.md, "A new format version"). The
 * number is the first report year the format applies to.
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
    FormatVersion chosen = V2019;
    for (FormatVersion v : values()) {
      if (v.number <= year) {
        chosen = v;
      }
    }
    return chosen;
  }

  /** The versions as a data file may write them, for messages: {@code 2019 或 2021}. */
  public static String choices() {
    return String.join(" 或 ", java.util.Arrays.stream(values()).map(v -> String.valueOf(v.number)).toList());
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

  /**
   * The neighbouring version whose keys a data file is most likely to mix in: the one before, or
   * for the first version the one after. Used to recognise keys that belong to it.
   */
  public FormatVersion other() {
    FormatVersion[] all = values();
    return ordinal() > 0 ? all[ordinal() - 1] : all[Math.min(1, all.length - 1)];
  }
}
