package cn.nianbao.binder;

import java.util.List;
import java.util.stream.Collectors;

/** The data file could not be bound; carries every problem found, in file order. */
public final class BindingException extends RuntimeException {
  private final transient List<Problem> problems;

  public BindingException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
