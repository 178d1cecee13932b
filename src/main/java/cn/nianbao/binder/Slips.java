package cn.nianbao.binder;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the typing slips of a Chinese keyboard in keys and numbers that did parse — a
 * full-width colon or space inside a key, a thousands separator that split a number into a key,
 * full-width digits, a unit after a count — and says what to type instead.
 */
final class Slips {
  private static final Pattern WITH_UNIT =
      Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(件|个|条|次|项|人次|万元|元|家|人|份)");
  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?");

  private Slips() {}

  /** Why {@code key} is not one of {@code allowed} when it is a slip; null otherwise. */
  static String inKey(String key, Collection<String> allowed) {
    int colon = key.indexOf('：');
    if (colon >= 0) {
      String before = key.substring(0, colon).strip();
      return Visible.quote(key) + " 中的 “：” 是全角冒号：键和值之间要用半角冒号 “:” 再加一个空格，如 “"
          + before + ": …”";
    }
    int comma = key.indexOf('，');
    if (comma >= 0) {
      return Visible.quote(key) + " 中的 “，” 是全角逗号：花括号 { } 里的各项之间要用半角逗号 “,” 分隔";
    }
    String bare = key.codePoints().filter(cp -> !Visible.hidden(cp) && !Character.isWhitespace(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (!bare.equals(key) && allowed.contains(bare)) {
      return "键 " + Visible.quote(key) + " 中有多余的空白或不可见字符，应为 “" + bare + "”";
    }
    if (key.matches("\\d{3}(\\.\\d+)?")) {
      return "不认识的键 “" + key + "”：像是数字被千位逗号拆开了（如 1,234），数字中不要加逗号，写成 1234";
    }
    return null;
  }

  /** What to type instead of {@code text} where a number is expected; null when it is no slip. */
  static String inNumber(String text) {
    String ascii = halfWidth(text);
    if (!ascii.equals(text) && ascii.strip().matches("[+-]?\\d+(\\.\\d+)?")) {
      return Visible.quote(text) + " 是全角数字，请改用半角数字 “" + ascii.strip() + "”（切换到英文输入法后输入）";
    }
    Matcher unit = WITH_UNIT.matcher(ascii);
    if (unit.matches()) {
      return "只写数字 “" + unit.group(1) + "”，不要带单位 “" + unit.group(2) + "”";
    }
    if (THOUSANDS.matcher(ascii).matches()) {
      return Visible.quote(text) + " 中不要用千位分隔符，写成 “" + ascii.replaceAll("[,，]", "") + "”";
    }
    String bare = ascii.codePoints().filter(cp -> !Visible.hidden(cp) && !Character.isWhitespace(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (!bare.equals(text) && bare.matches("[+-]?\\d+(\\.\\d+)?")) {
      return Visible.quote(text) + " 中有多余的空白，只写数字 “" + bare + "”";
    }
    return null;
  }

  /** Full-width digits, signs and point as their ASCII forms. */
  private static String halfWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0')
          : c == '＋' ? '+' : c == '－' ? '-' : c == '．' ? '.' : c);
    }
    return out.toString();
  }
}
