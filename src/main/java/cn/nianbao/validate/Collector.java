package cn.nianbao.validate;

import cn.nianbao.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Where rules put what they find; hands out errors before warnings. */
final class Collector {
  private final List<Finding> errors = new ArrayList<>();
  private final List<Finding> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void error(String rule, String message, SourceLocation where) {
    errors.add(new Finding(rule, Severity.ERROR, message, where));
  }

  void warning(String rule, String message, SourceLocation where) {
    warnings.add(new Finding(rule, Severity.WARNING, message, where));
  }

  void note(String note) {
    notes.add(note);
  }

  Findings findings() {
    List<Finding> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return new Findings(all, notes);
  }
}
