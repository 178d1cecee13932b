package cn.nianbao.model;

/** The kind of number an official table cell holds (docs/format.md §6.1). */
public enum ValueType {
  /** A count: non-negative integer. */
  COUNT("应为非负整数"),
  /** 本年增/减: signed integer. */
  CHANGE("应为整数（可带正负号）"),
  /** 采购总金额, 本年收费金额: non-negative decimal. */
  AMOUNT("应为非负数（可带小数）");

  private final String expectation;

  ValueType(String expectation) {
    this.expectation = expectation;
  }

  /** What a value of this type must be, in the user's words, e.g. 应为非负整数. */
  public String expectation() {
    return expectation;
  }
}
