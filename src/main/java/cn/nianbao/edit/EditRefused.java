package cn.nianbao.edit;

import cn.nianbao.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An edit was not made: the value would not bind (with the binder's own message), the cell is a
 * derived total, the file changed on disk since it was read, or it cannot be read or written. The
 * data file is left as it was. Each diagnostic names the file, and where one place can be named,
 * its line:column and the cell.
 */
public final class EditRefused extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public EditRefused(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Why, in Chinese, in file order where the binder gave it. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
