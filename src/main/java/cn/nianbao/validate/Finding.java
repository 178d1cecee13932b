package cn.nianbao.validate;

import cn.nianbao.model.SourceLocation;
import java.util.Objects;

/**
 * One problem with a report's numbers.
 *
 * @param rule     the rule broken: {@code C1}…{@code C9} (docs/format.md §7) or {@code BLANK}
 * @param severity error or warning
 * @param message  what is wrong, in Chinese, with the official labels and the values involved
 * @param where    the data file cell to look at; null when no given cell is involved (e.g. prose)
 */
public record Finding(String rule, Severity severity, String message, SourceLocation where) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** {@code 错误 C1: message}, without the position. */
  public String describe() {
    return severity.label() + " " + rule + ": " + message;
  }

  /** {@code file:line:column: 错误 C1: message}. */
  @Override
  public String toString() {
    return (where == null ? "" : where + ": ") + describe();
  }
}
