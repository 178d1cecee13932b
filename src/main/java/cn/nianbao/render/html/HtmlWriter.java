package cn.nianbao.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The only place that writes HTML syntax: tags with escaped attribute values, escaped text, and
 * the few trusted constant strings (doctype, style sheet). {@link IOException}s are wrapped in
 * {@link UncheckedIOException} so that block visitors stay free of checked exceptions; {@link
 * HtmlRenderer} unwraps them.
 */
final class HtmlWriter {
  private final Writer out;

  HtmlWriter(Writer out) {
    this.out = out;
  }

  /** Writes trusted markup as is: only constants of this package, never document text. */
  void raw(String markup) {
    append(markup);
  }

  /** Writes text, escaped; a {@code '\n'} becomes {@code <br>}. */
  void text(String text) {
    int from = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      append(escape(text.substring(from, nl), false));
      voidTag("br");
      from = nl + 1;
    }
    append(escape(text.substring(from), false));
  }

  /** An opening tag; {@code attributes} are name/value pairs, a null value leaves the pair out. */
  void tag(String name, String... attributes) {
    append("<" + name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        append(" " + attributes[i] + "=\"" + escape(attributes[i + 1], true) + "\"");
      }
    }
    append(">");
  }

  /** An element without content or end tag ({@code br}, {@code col}, {@code meta}). */
  void voidTag(String name, String... attributes) {
    tag(name, attributes);
  }

  /** A closing tag. */
  void end(String name) {
    append("</" + name + ">");
  }

  /** A line break in the source, for people reading the file. */
  void line() {
    append("\n");
  }

  private void append(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String s, boolean attribute) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> attribute ? "&quot;" : null;
        default -> null;
      };
      if (r != null && sb == null) {
        sb = new StringBuilder(s.length() * 2).append(s, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}
