package cn.nianbao.validate;

/** How serious a finding is. */
public enum Severity {
  /** The numbers are inconsistent: no final report may be produced. */
  ERROR("错误"),
  /** Probably a mistake, but legitimate reports can break the rule: reported, never blocking. */
  WARNING("警告");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word used in messages: 错误 or 警告. */
  public String label() {
    return label;
  }
}
