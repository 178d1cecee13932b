package cn.nianbao.template;

/**
 * A template is wrong: a markup directive misused, an unknown variable, or a table whose spans
 * do not tile its grid. The message starts with {@code template:line:column}. This is a defect
 * of the templates, not of the user's data.
 */
public final class TemplateError extends RuntimeException {
  public TemplateError(String message, Throwable cause) {
    super(message, cause);
  }
}
