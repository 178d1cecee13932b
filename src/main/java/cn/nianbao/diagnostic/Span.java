package cn.nianbao.diagnostic;

/**
 * A stretch of a data file: from its start (inclusive) to its end (exclusive). Lines and columns
 * count from 1, offsets (in chars of the decoded text) from 0. A blank value ({@code key:}) has an
 * empty span at the point just after the colon.
 */
public record Span(int startLine, int startColumn, int startOffset,
    int endLine, int endColumn, int endOffset) {
  public Span {
    if (startLine < 1 || startColumn < 1 || startOffset < 0) {
      throw new IllegalArgumentException("Span starts before the file: " + startLine + ":" + startColumn);
    }
    if (endOffset < startOffset) {
      throw new IllegalArgumentException("Span ends before it starts: " + startOffset + ".." + endOffset);
    }
  }

  /** An empty span at one point. */
  public static Span point(int line, int column, int offset) {
    return new Span(line, column, offset, line, column, offset);
  }

  /** True when the span covers no characters (a blank value). */
  public boolean isEmpty() {
    return endOffset == startOffset;
  }

  /** {@code line:column} of the start. */
  @Override
  public String toString() {
    return startLine + ":" + startColumn;
  }
}
