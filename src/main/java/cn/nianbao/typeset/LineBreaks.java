package cn.nianbao.typeset;

import cn.nianbao.spec.Spec;

/**
 * The one CJK line-breaking rule set (禁则, 避头尾) of title, body, cells and closing: no line
 * starts with closing punctuation such as {@code 、，。）”》} and no line ends with opening
 * punctuation such as {@code （《“}; a number or Latin word is not split, nor are the halves of
 * {@code ——} and {@code ……}. Inside a URL or e-mail address a line may end after {@code / . - _ ?
 * & =} and {@code @}, and inside a long digit group after a {@code -}, so that an address never
 * pushes a half-empty line in front of it.
 */
public final class LineBreaks {
  private LineBreaks() {}

  /** True when a line may end after {@code text[i - 1]} and the next start with {@code text[i]}. */
  public static boolean canBreakBefore(CharSequence text, int i) {
    if (i <= 0 || i >= text.length()) {
      return i == text.length();
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i);
    if (Character.isLowSurrogate(after) || after == ' ') {
      return false; // a space stays at the end of the line it follows
    }
    if (isClosing(after) && !(isWordChar(before) && isWordChar(after))
        || Spec.NO_LINE_END.indexOf(before) >= 0) {
      return false;
    }
    if (isWordChar(before) && isWordChar(after)) {
      return insideToken(text, i);
    }
    return true;
  }

  /** True for closing punctuation, which may not start a line. */
  public static boolean isClosing(char c) {
    return Spec.NO_LINE_START.indexOf(c) >= 0;
  }

  /** Letters, digits and the signs inside numbers, addresses and Latin words. */
  public static boolean isWordChar(char c) {
    return Spec.isWordChar(c);
  }

  /**
   * A break between two word characters: only inside an address (after one of {@link
   * Spec#URL_BREAK_AFTER}, never right before another such sign) or after a hyphen of a long
   * digit group.
   */
  private static boolean insideToken(CharSequence text, int i) {
    char before = text.charAt(i - 1);
    char after = text.charAt(i);
    if (Spec.URL_BREAK_AFTER.indexOf(before) < 0 || Spec.URL_BREAK_AFTER.indexOf(after) >= 0) {
      return false;
    }
    int start = i;
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    int end = i;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    CharSequence token = text.subSequence(start, end);
    if (isAddress(token)) {
      return true;
    }
    return before == '-' && end - start >= Spec.LONG_TOKEN && isDigitGroup(token);
  }

  /** A URL or e-mail address: has {@code ://}, {@code www.} or an {@code @} between letters. */
  static boolean isAddress(CharSequence token) {
    String t = token.toString();
    return t.contains("://") || t.startsWith("www.") || t.matches("[^@]+@[^@]+\\.[A-Za-z]+.*");
  }

  private static boolean isDigitGroup(CharSequence token) {
    return token.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-');
  }
}
