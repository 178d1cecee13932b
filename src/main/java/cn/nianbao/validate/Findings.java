package cn.nianbao.validate;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Severity;
import java.util.List;

/**
 * Everything the checker found in one report: errors first, then warnings, each in the order the
 * rules ran; and notes on what was not checked (e.g. cross-year rules skipped).
 *
 * @param findings errors, then warnings
 * @param notes    plain remarks for the user, in Chinese
 */
public record Findings(List<Diagnostic> findings, List<String> notes) {
  public Findings {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    return of(Severity.ERROR);
  }

  /** The warnings only. */
  public List<Diagnostic> warnings() {
    return of(Severity.WARNING);
  }

  /** True when a final report must not be produced. */
  public boolean hasErrors() {
    return !errors().isEmpty();
  }

  private List<Diagnostic> of(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
