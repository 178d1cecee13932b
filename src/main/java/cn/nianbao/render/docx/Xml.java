package cn.nianbao.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small forward-only XML writer for the package's parts: elements, attributes and escaped
 * text, written in the order the calls come (no tree, no reordering). An element without content
 * is closed as {@code <x/>}. Names carry their prefix ({@code "w:p"}); the namespaces are
 * declared on the root element.
 */
final class Xml {
  private static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

  private final StringBuilder out = new StringBuilder(DECLARATION);
  private final Deque<String> open = new ArrayDeque<>();
  /** True while the start tag of the innermost open element still lacks its {@code >}. */
  private boolean inStartTag;

  /**
   * A part with root element {@code root}; {@code namespaces} are pairs of attribute name and
   * URI, e.g. {@code "xmlns:w", WML}.
   */
  Xml(String root, String... namespaces) {
    start(root);
    attrs(namespaces);
  }

  /** Opens an element; attributes may follow until content or {@link #end}. */
  Xml start(String name) {
    closeStartTag();
    out.append('<').append(name);
    open.push(name);
    inStartTag = true;
    return this;
  }

  Xml attr(String name, String value) {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " after content");
    }
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  Xml attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  /** Attributes given as name/value pairs. */
  Xml attrs(String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      attr(pairs[i], pairs[i + 1]);
    }
    return this;
  }

  /** An element without content, with attributes as name/value pairs. */
  Xml leaf(String name, String... pairs) {
    return start(name).attrs(pairs).end();
  }

  /** Character data, escaped. */
  Xml text(String text) {
    closeStartTag();
    escape(text, false);
    return this;
  }

  /** An element holding only {@code text}. */
  Xml element(String name, String text) {
    return start(name).text(text).end();
  }

  /** Closes the innermost open element. */
  Xml end() {
    String name = open.pop();
    if (inStartTag) {
      out.append("/>");
      inStartTag = false;
    } else {
      out.append("</").append(name).append('>');
    }
    return this;
  }

  /** Closes every open element and returns the part as UTF-8. */
  byte[] toBytes() {
    while (!open.isEmpty()) {
      end();
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void closeStartTag() {
    if (inStartTag) {
      out.append('>');
      inStartTag = false;
    }
  }

  /**
   * Escapes markup characters. A character XML 1.0 cannot hold (a control character other than
   * tab, line feed and carriage return) is a programming error: the binder refuses such data.
   */
  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t', '\n', '\r' -> {
          if (attribute) {
            out.append("&#").append((int) c).append(';'); // kept through attribute normalisation
          } else {
            out.append(c);
          }
        }
        default -> {
          if (c < ' ' || c == '\uFFFE' || c == '\uFFFF') {
            throw new IllegalArgumentException(
                "character U+" + Integer.toHexString(c) + " cannot be written in XML");
          }
          out.append(c);
        }
      }
    }
  }
}
