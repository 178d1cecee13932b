package cn.nianbao.template;

import cn.nianbao.model.CellValue;
import cn.nianbao.model.ValueType;

/**
 * How a table number is printed: counts plainly, changes with their sign, amounts as written, a
 * not-applicable cell as {@code /} (see {@link CellValue#text}).
 */
final class ValueText {
  private ValueText() {}

  static String of(CellValue value, ValueType type) {
    return value.text(type);
  }
}
