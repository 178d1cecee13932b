package cn.nianbao.validate;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Severity;
import cn.nianbao.diagnostic.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Where rules put what they find; hands out errors before warnings. */
final class Collector {
  private final String file;
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Collector(String file) {
    this.file = file;
  }

  /** An error about one cell. */
  void error(String rule, String message, Term at) {
    errors.add(at(Severity.ERROR, rule, message, at, List.of()));
  }

  /**
   * An error about an equation: at its one wrong cell when {@code involved} holds one term, else
   * at {@code fallback} with every cell involved listed as related places.
   */
  void error(String rule, String message, List<Term> involved, Term fallback) {
    if (involved.size() == 1) {
      error(rule, message, involved.get(0));
      return;
    }
    List<Span> spans = involved.stream().map(Term::span).filter(Objects::nonNull)
        .sorted(Comparator.comparingInt(Span::startOffset)).distinct().toList();
    Term at = fallback.span() != null ? fallback : involved.stream().filter(t -> t.span() != null)
        .min(Comparator.comparingInt(t -> t.span().startOffset())).orElse(fallback);
    errors.add(at(Severity.ERROR, rule, message, at, spans));
  }

  /** An error with no cell to point at (e.g. a wholly blank row: its span only). */
  void error(String rule, String message, Span span) {
    errors.add(new Diagnostic(Severity.ERROR, rule, file, span, null, null, message, List.of()));
  }

  void warning(String rule, String message, Term at) {
    warnings.add(at(Severity.WARNING, rule, message, at, List.of()));
  }

  /** A warning about text outside the tables, at its span. */
  void warning(String rule, String message, Span span) {
    warnings.add(new Diagnostic(Severity.WARNING, rule, file, span, null, null, message, List.of()));
  }

  void note(String note) {
    notes.add(note);
  }

  Findings findings() {
    List<Diagnostic> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return new Findings(all, notes);
  }

  private Diagnostic at(Severity severity, String rule, String message, Term term, List<Span> related) {
    return new Diagnostic(severity, rule, file, term.span(), term.cell(), term.cellLabel(), message, related);
  }
}
