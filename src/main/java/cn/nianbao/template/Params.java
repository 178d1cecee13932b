package cn.nianbao.template;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parameters of one directive call, checked strictly against what the directive accepts. */
final class Params {
  private final String directive;
  private final Map<String, TemplateModel> given;

  @SuppressWarnings("unchecked")
  Params(String directive, Map<?, ?> given, Set<String> allowed) throws TemplateModelException {
    this.directive = directive;
    this.given = (Map<String, TemplateModel>) given;
    for (String name : this.given.keySet()) {
      if (!allowed.contains(name)) {
        throw new TemplateModelException(
            "@" + directive + " has no parameter \"" + name + "\"; allowed: " + allowed);
      }
    }
  }

  int integer(String name, int fallback) throws TemplateModelException {
    TemplateModel m = given.get(name);
    if (m == null) {
      return fallback;
    }
    if (m instanceof TemplateNumberModel n) {
      return n.getAsNumber().intValue();
    }
    throw new TemplateModelException("@" + directive + " " + name + " must be a number");
  }

  boolean bool(String name) throws TemplateModelException {
    TemplateModel m = given.get(name);
    if (m == null) {
      return false;
    }
    if (m instanceof TemplateBooleanModel b) {
      return b.getAsBoolean();
    }
    throw new TemplateModelException("@" + directive + " " + name + " must be true or false");
  }

  String string(String name, String fallback) throws TemplateModelException {
    TemplateModel m = given.get(name);
    if (m == null) {
      if (fallback == null) {
        throw new TemplateModelException("@" + directive + " needs parameter \"" + name + "\"");
      }
      return fallback;
    }
    if (m instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    throw new TemplateModelException("@" + directive + " " + name + " must be a string");
  }

  List<Integer> integers(String name) throws TemplateModelException {
    if (!(given.get(name) instanceof TemplateSequenceModel seq)) {
      throw new TemplateModelException("@" + directive + " needs " + name + "=[n, n, ...]");
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < seq.size(); i++) {
      if (!(seq.get(i) instanceof TemplateNumberModel n)) {
        throw new TemplateModelException("@" + directive + " " + name + " must hold numbers");
      }
      out.add(n.getAsNumber().intValue());
    }
    return out;
  }
}
