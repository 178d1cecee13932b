package cn.nianbao.binder;

import cn.nianbao.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data file could not be read or bound; carries every problem found, in file order. Each is
 * a {@link Diagnostic} with code {@link Diagnostic#DATA}.
 */
public final class BindingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public BindingException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The problems, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
