package cn.nianbao.binder;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names characters a reader cannot see or tell apart (full-width spaces, zero-width and control
 * characters), so messages can show what is really in the data file.
 */
final class Visible {
  private static final Map<Integer, String> NAMES = Map.ofEntries(
      Map.entry(0x3000, "全角空格"), Map.entry(0x00A0, "不换行空格"), Map.entry(0x0009, "制表符"),
      Map.entry(0x000D, "回车符"), Map.entry(0x0000, "空字符"), Map.entry(0x200B, "零宽空格"),
      Map.entry(0x200C, "零宽不连字"), Map.entry(0x200D, "零宽连字"), Map.entry(0x2060, "零宽不换行符"),
      Map.entry(0xFEFF, "零宽不换行空格（字节顺序标记）"), Map.entry(0x00AD, "软连字符"),
      Map.entry(0x2028, "行分隔符"), Map.entry(0x2029, "段分隔符"), Map.entry(0x202A, "从左至右嵌入符"),
      Map.entry(0x202B, "从右至左嵌入符"), Map.entry(0x202C, "方向格式结束符"),
      Map.entry(0x202D, "从左至右强制符"), Map.entry(0x202E, "从右至左强制符"),
      Map.entry(0x2066, "从左至右隔离符"), Map.entry(0x2067, "从右至左隔离符"),
      Map.entry(0x2068, "第一强方向隔离符"), Map.entry(0x2069, "方向隔离结束符"),
      Map.entry(0x061C, "阿拉伯字母标记"), Map.entry(0x200E, "从左至右标记"), Map.entry(0x200F, "从右至左标记"));

  private Visible() {}

  /** {@code U+200B 零宽空格}: a character by code point and name. */
  static String name(int codePoint) {
    String name = NAMES.get(codePoint);
    if (name == null) {
      name = Character.getType(codePoint) == Character.SURROGATE ? "孤立的代理项（不成对的 UTF-16 半个字符）"
          : Character.getType(codePoint) == Character.CONTROL ? "控制字符"
          : Character.getType(codePoint) == Character.FORMAT ? "不可见的格式字符" : "字符";
    }
    return String.format("U+%04X %s", codePoint, name);
  }

  /**
   * True for a character a report must not hold: control characters other than tab and line feed,
   * invisible format characters (zero-width, direction marks, byte order mark inside text), line
   * and paragraph separators, and halves of a character (lone surrogates).
   */
  static boolean forbidden(int codePoint) {
    int type = Character.getType(codePoint);
    return codePoint != '\t' && codePoint != '\n' && (type == Character.CONTROL
        || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
  }

  /** True for a character that is there but cannot be seen or looks like another. */
  static boolean hidden(int codePoint) {
    return NAMES.containsKey(codePoint) || forbidden(codePoint);
  }

  /** {@code “行政 处罚”（含全角空格）}: the text in quotes, naming any hidden characters in it. */
  static String quote(String text) {
    Set<String> names = new LinkedHashSet<>();
    text.codePoints().filter(Visible::hidden).forEach(cp -> names.add(NAMES.getOrDefault(cp, name(cp))));
    return "“" + text + "”" + (names.isEmpty() ? "" : "（含" + String.join("、", names) + "）");
  }

  /** The first forbidden character's index in {@code text}, or -1. */
  static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (forbidden(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }
}
