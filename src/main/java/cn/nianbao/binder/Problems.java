package cn.nianbao.binder;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Severity;
import cn.nianbao.diagnostic.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The binding errors of one data file, collected in any order and handed out in file order. */
final class Problems {
  private static final Comparator<Diagnostic> FILE_ORDER = Comparator
      .comparingInt((Diagnostic d) -> d.span() == null ? 0 : d.span().startLine())
      .thenComparingInt(d -> d.span() == null ? 0 : d.span().startColumn());

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(Span span, String message) {
    found.add(Diagnostic.dataError(file, span, message));
  }

  /** A problem with one table cell's value, carrying the cell's address and official label. */
  void add(Span span, String message, CellAddress cell, String cellLabel) {
    found.add(new Diagnostic(Severity.ERROR, Diagnostic.DATA, file, span, cell, cellLabel, message, List.of()));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Everything found so far, in file order, as the exception that ends binding. */
  BindingException failure() {
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort(FILE_ORDER);
    return new BindingException(sorted);
  }
}
