package cn.nianbao.starter;

import java.util.regex.Pattern;

/** Small helpers for writing YAML text by hand: quoting, and comments aligned by display width. */
final class Yaml {
  /** Where trailing comments start, in display columns (a Chinese character is two wide). */
  static final int COMMENT_COLUMN = 44;

  /** Characters after which a plain YAML key would be read differently. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）/、]+");

  private Yaml() {}

  /** A key as written: plain when safe, else in double quotes (e.g. {@code "危及“三安全一稳定”"}). */
  static String key(String key) {
    return PLAIN_KEY.matcher(key).matches() ? key : quoted(key);
  }

  /** A string value in double quotes, so that colons, quotes and {@code #} in it stay text. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** {@code line} padded to the comment column, then {@code # comment}; just {@code line} when no comment. */
  static String withComment(String line, String comment) {
    if (comment == null || comment.isEmpty()) {
      return line;
    }
    int pad = Math.max(1, COMMENT_COLUMN - width(line));
    return line + " ".repeat(pad) + "# " + comment;
  }

  /** Display width: two columns for a wide (CJK or full-width) character, one otherwise. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wide = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60;
      w += wide ? 2 : 1;
    }
    return w;
  }
}
