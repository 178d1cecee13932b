package cn.nianbao.model;

/** Where a value came from in a data file, for messages: {@code file:line:column}. */
public record SourceLocation(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
