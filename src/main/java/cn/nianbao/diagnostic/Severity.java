package cn.nianbao.diagnostic;

/** How serious a diagnostic is. */
public enum Severity {
  /** Must be put right: bad data, numbers that do not reconcile, a character no font has. */
  ERROR("错误"),
  /** Probably a mistake, but legitimate reports can have it: reported, never blocking. */
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
