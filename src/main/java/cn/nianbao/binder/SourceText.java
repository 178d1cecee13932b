package cn.nianbao.binder;

import cn.nianbao.diagnostic.Span;
import java.util.Arrays;

/** The decoded text of a data file, turning char offsets into lines and columns for spans. */
final class SourceText {
  private final String text;
  private final int[] lineStarts;
  private final boolean supplementary;

  SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.supplementary = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
  }

  String text() {
    return text;
  }

  /** The span from {@code start} to {@code end} (char offsets, end exclusive). */
  Span span(int start, int end) {
    int s = clamp(start);
    int e = Math.max(s, clamp(end));
    return new Span(line(s), column(s), s, line(e), column(e), e);
  }

  /** An empty span at a char offset. */
  Span point(int offset) {
    return span(offset, offset);
  }

  /** SnakeYAML counts code points; Java strings count chars. */
  int fromCodePoints(int index) {
    if (!supplementary || index <= 0) {
      return index;
    }
    try {
      return text.offsetByCodePoints(0, index);
    } catch (IndexOutOfBoundsException e) {
      return text.length();
    }
  }

  /** The text of line {@code line} (from 1), without its line end. */
  String lineText(int line) {
    int start = lineStarts[Math.min(line, lineStarts.length) - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return text.substring(start, Math.max(start, end)).replace("\r", "");
  }

  /** The char offset where line {@code line} (from 1) starts. */
  int lineStart(int line) {
    return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
  }

  int lines() {
    return lineStarts.length;
  }

  private int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }
}
