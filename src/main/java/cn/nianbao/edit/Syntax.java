package cn.nianbao.edit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * How keys and values are written into a data file: YAML quotes only where a plain scalar would be
 * read differently; JSON writes valid numbers bare and everything else as a string, so that the
 * binder (not this class) judges what the clerk typed.
 */
final class Syntax {
  /** Values a YAML plain scalar and a JSON number-or-string carry unchanged. */
  private static final Pattern PLAIN_VALUE = Pattern.compile("[+-]?\\d+(\\.\\d+)?|/|不适用");
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
  /** Keys that read the same unquoted (the starter quotes the same way). */
  private static final Pattern PLAIN_KEY = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）/、]+");

  final boolean json;

  Syntax(boolean json) {
    this.json = json;
  }

  /** A value as written; a blank value is {@code null} in JSON and nothing in YAML. */
  String value(String typed) {
    String v = typed.strip();
    if (v.isEmpty()) {
      return json ? "null" : "";
    }
    if (json) {
      return JSON_NUMBER.matcher(v).matches() ? v : quoted(v);
    }
    return PLAIN_VALUE.matcher(v).matches() ? v : quoted(v);
  }

  /** A key as written. */
  String key(String key) {
    return json || !PLAIN_KEY.matcher(key).matches() ? quoted(key) : key;
  }

  /** {@code key: value}. */
  String entry(String key, String value) {
    return key(key) + ": " + value;
  }

  /** A double-quoted string, valid in JSON and in YAML alike. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = ESCAPES.get(c);
      if (escape != null) {
        out.append(escape);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static final Map<Character, String> ESCAPES = Map.of(
      '"', "\\\"", '\\', "\\\\", '\n', "\\n", '\r', "\\r", '\t', "\\t");
}
