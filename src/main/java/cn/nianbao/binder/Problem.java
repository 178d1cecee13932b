package cn.nianbao.binder;

import cn.nianbao.model.SourceLocation;

/** One thing wrong with a data file, at a place in it. Prints as {@code file:line:column: message}. */
public record Problem(SourceLocation where, String message) {
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
