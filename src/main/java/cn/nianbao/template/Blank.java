package cn.nianbao.template;

import java.io.IOException;
import java.io.Writer;

/**
 * Where template output goes outside text-holding directives: whitespace is fine (template
 * indentation), anything else is a template error, so no text can silently vanish.
 */
final class Blank extends Writer {
  /** Text was written where the markup allows none. */
  static final class StrayText extends IOException {
    StrayText(String where, String text) {
      super("text outside a text block, in " + where + ": \"" + text.strip() + "\"");
    }
  }

  private final String where;

  Blank(String where) {
    this.where = where;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    String text = new String(buf, off, len);
    if (!text.isBlank()) {
      throw new StrayText(where, text);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
