package cn.nianbao.binder;

/**
 * Refuses characters a report must not hold (see {@link Visible#forbidden}) wherever they stand in
 * the file's own text, at their exact line and column, before parsing: the parsers would either
 * reject them with a message about something else or pass them into the documents unseen.
 */
final class RawCharacters {
  /** Enough to show the pattern; a file full of them needs no longer list. */
  private static final int MAX_REPORTED = 10;

  private RawCharacters() {}

  static void check(SourceText source, Problems problems) {
    String text = source.text();
    int reported = 0;
    for (int i = 0; i < text.length() && reported < MAX_REPORTED; ) {
      int cp = text.codePointAt(i);
      int length = Character.charCount(cp);
      if (cp != '\r' && Visible.forbidden(cp)) {
        problems.add(source.span(i, i + length), "有不可见的字符 " + Visible.name(cp)
            + "，请删去（常由网页或其他文档复制粘贴带入）");
        reported++;
      }
      i += length;
    }
    if (!problems.isEmpty()) {
      throw problems.failure();
    }
  }
}
