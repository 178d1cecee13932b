package cn.nianbao.diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * One thing to tell the user about a data file, in the one shape shared by binding errors, the
 * checker's findings and the font check: what (code, severity, message, in Chinese) and where
 * (file, data span, table cell and its official label).
 *
 * @param severity  error or warning
 * @param code      {@link #DATA} for a data file that cannot be bound, {@code C1}…{@code C9} or
 *                  {@code BLANK} for the checker's rules, {@link #GLYPH} for a character no font has
 * @param file      the data file's name as the user gave it
 * @param span      where in the data file to look; null when no single place can be named
 * @param cell      the table cell concerned; null outside the statistical tables
 * @param cellLabel the cell's official name, e.g. {@code 表三 “一、本年新收…” 自然人}; null without a cell
 * @param message   what is wrong, in Chinese
 * @param related   further places involved (e.g. every cell of an equation that does not balance
 *                  when the wrong one cannot be told), in file order; may be empty
 */
public record Diagnostic(Severity severity, String code, String file, Span span, CellAddress cell,
    String cellLabel, String message, List<Span> related) {
  /** The code of every binding error: the data file cannot be read as a report. */
  public static final String DATA = "DATA";
  /** The code of a character that no available font has. */
  public static final String GLYPH = "GLYPH";
  /** Beyond this many lines, the text form gives the range only (JSON lists them all). */
  private static final int MAX_LINES_LISTED = 6;

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** A binding error: the data file cannot be read as a report. */
  public static Diagnostic dataError(String file, Span span, String message) {
    return new Diagnostic(Severity.ERROR, DATA, file, span, null, null, message, List.of());
  }

  /** True for an error (not a warning). */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** This diagnostic about another file name (e.g. once the caller knows the name the user typed). */
  public Diagnostic inFile(String name) {
    return new Diagnostic(severity, code, name, span, cell, cellLabel, message, related);
  }

  /** {@code 错误 C1: message}; a binding error is just its message. */
  public String describe() {
    List<String> lines = related.stream().map(s -> String.valueOf(s.startLine())).distinct().toList();
    String involved = lines.size() <= 1 ? ""
        : lines.size() <= MAX_LINES_LISTED ? "（涉及第 " + String.join("、", lines) + " 行）"
        : "（涉及第 " + lines.get(0) + " 至 " + lines.get(lines.size() - 1) + " 行中的 " + lines.size() + " 行）";
    return (DATA.equals(code) ? "" : severity.label() + " " + code + ": ") + message + involved;
  }

  /** {@code file:line:column: 错误 C1: message}, or {@code file: …} without a place. */
  @Override
  public String toString() {
    return file + (span == null ? "" : ":" + span) + ": " + describe();
  }
}
