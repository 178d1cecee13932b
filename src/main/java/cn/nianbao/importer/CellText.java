package cn.nianbao.importer;

import cn.nianbao.model.CellValue;
import cn.nianbao.model.ValueType;
import java.util.regex.Pattern;

/** A table cell's text as published, read as a value the data file can hold. */
final class CellText {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(，\\d{3})+(\\.\\d+)?");

  /**
   * @param value   what to write in the data file, or null to leave the cell blank
   * @param problem why a person should look at the cell, or null
   */
  record Parsed(String value, String problem) {}

  private CellText() {}

  static Parsed parse(String text, ValueType type) {
    String n = Labels.norm(text);
    if (n.isEmpty()) {
      return new Parsed(null, null);
    }
    if (n.equals(CellValue.NOT_APPLICABLE_MARK) || n.equals("不适用")) {
      return new Parsed(CellValue.NOT_APPLICABLE_MARK, null);
    }
    String problem = null;
    if (GROUPED.matcher(n).matches()) {
      n = n.replace("，", "");
      problem = "原文 “" + text + "” 带千位分隔符，已写为 " + n;
    }
    if (!NUMBER.matcher(n).matches()) {
      return new Parsed(null, "原文 “" + text + "” 不是数字，未导入，这一格留空");
    }
    boolean signed = n.startsWith("+") || n.startsWith("-");
    boolean decimal = n.contains(".");
    boolean fits = switch (type) {
      case COUNT -> !signed && !decimal;
      case CHANGE -> !decimal;
      case AMOUNT -> !n.startsWith("-");
    };
    if (!fits) {
      return new Parsed(null, "原文 “" + text + "” " + type.expectation() + "，未导入，这一格留空");
    }
    if (type != ValueType.CHANGE && n.startsWith("+")) {
      n = n.substring(1);
    }
    return new Parsed(n, problem);
  }
}
