package cn.nianbao.validate;

import cn.nianbao.diagnostic.Span;

/**
 * Finds the span of one sentence of a paragraph in the data file, so a warning about prose points
 * at the sentence rather than at its paragraph. Exact when the paragraph stands on one line as
 * written (plain, or in quotes without escapes); otherwise the paragraph's own span.
 */
final class Sentences {
  private static final String ENDS = "。！？；";

  private Sentences() {}

  /** The span of the sentence holding {@code text[from, to)}, within {@code paragraph}'s span. */
  static Span span(Span paragraph, String text, int from, int to) {
    if (paragraph == null) {
      return null;
    }
    int start = from;
    while (start > 0 && ENDS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = to;
    while (end < text.length() && ENDS.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    end = Math.min(text.length(), end + 1); // the sentence's own full stop
    int length = paragraph.endOffset() - paragraph.startOffset();
    boolean oneLine = paragraph.startLine() == paragraph.endLine();
    int quote = length == text.length() ? 0 : length == text.length() + 2 ? 1 : -1;
    if (!oneLine || quote < 0) {
      return paragraph;
    }
    int shift = paragraph.startOffset() + quote;
    int column = paragraph.startColumn() + quote;
    return new Span(paragraph.startLine(), column + start, shift + start,
        paragraph.startLine(), column + end, shift + end);
  }
}
