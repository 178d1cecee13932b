package cn.nianbao.template;

import cn.nianbao.model.CellValue;
import cn.nianbao.model.ValueType;
import java.math.BigDecimal;

/** How a table number is printed: counts plainly, changes with their sign, amounts as written. */
final class ValueText {
  private ValueText() {}

  static String of(CellValue value, ValueType type) {
    BigDecimal n = value.number();
    if (type == ValueType.CHANGE && n.signum() > 0) {
      return "+" + n.toPlainString();
    }
    return n.toPlainString();
  }
}
