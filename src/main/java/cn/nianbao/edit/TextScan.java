package cn.nianbao.edit;

/**
 * Reads the layout of a data file's text around the spans the binder gives: line starts and ends,
 * indentation, where a key's value stands and where a flow mapping closes. It knows YAML's and
 * JSON's quoting and YAML comments, enough to skip them; what it reads was bound just before.
 */
final class TextScan {
  private final String text;
  private final boolean json;

  TextScan(String text, boolean json) {
    this.text = text;
    this.json = json;
  }

  /** The file's own line end: CRLF when it has any, else LF. */
  String eol() {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  int lineStart(int offset) {
    int i = text.lastIndexOf('\n', Math.max(0, offset - 1));
    return offset == 0 ? 0 : i + 1;
  }

  /** The end of the line holding {@code offset}, before its CR LF or LF. */
  int lineEnd(int offset) {
    int i = text.indexOf('\n', offset);
    int end = i < 0 ? text.length() : i;
    return end > offset && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /** The start of the line after the one holding {@code offset}; -1 on the last line without a line end. */
  int nextLine(int offset) {
    int i = text.indexOf('\n', offset);
    return i < 0 ? -1 : i + 1;
  }

  int indent(int lineStart) {
    int i = lineStart;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i - lineStart;
  }

  /**
   * Where the value of the key starting at {@code keyStart} stands. The key's start is taken, not
   * its end: Jackson's JSON parser reports a key as ending after the value's first character.
   */
  ValuePlace valueOf(int keyStart) {
    int keyEnd = isQuoteStart(keyStart) ? quoteEnd(keyStart) + 1 : plainKeyEnd(keyStart);
    return valueAfter(keyEnd);
  }

  /** The colon after a plain YAML key: the first followed by a space, a line end or a flow indicator. */
  private int plainKeyEnd(int start) {
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) == ':' && " \t\r\n,}".indexOf(charAt(i + 1)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  private ValuePlace valueAfter(int keyEnd) {
    int i = skipSpaces(keyEnd);
    if (i < text.length() && text.charAt(i) == ':') {
      i = skipSpaces(i + 1);
    }
    int keyIndent = indent(lineStart(keyEnd));
    char c = i < text.length() ? text.charAt(i) : '\n';
    if (c == '{') {
      int close = closing(i);
      return new ValuePlace.Flow(i, close, text.substring(i, close).indexOf('\n') >= 0);
    }
    if (c == ',' || c == '}') {
      return new ValuePlace.Blank(i, i, keyIndent, lineEnd(i), true);
    }
    int token = blankToken(i);
    if (token > i) {
      return new ValuePlace.Blank(i, token, keyIndent, lineEnd(i), json || insideFlow(keyEnd));
    }
    if (!json && (c == '\n' || c == '\r' || c == '#')) {
      return block(keyEnd, keyIndent);
    }
    throw new IllegalStateException("not a mapping or blank after offset " + keyEnd);
  }

  private ValuePlace block(int keyEnd, int keyIndent) {
    int end = -1;
    int childIndent = -1;
    for (int line = nextLine(keyEnd); line >= 0 && line < text.length(); line = nextLine(line)) {
      int content = skipSpaces(line);
      char c = content < text.length() ? text.charAt(content) : '\n';
      if (c == '\n' || c == '\r' || c == '#') {
        continue;
      }
      if (content - line <= keyIndent) {
        break;
      }
      childIndent = childIndent < 0 ? content - line : childIndent;
      end = lineEnd(line);
    }
    int colon = text.lastIndexOf(':', skipSpaces(keyEnd)) + 1;
    return end < 0 ? new ValuePlace.Blank(colon, colon, keyIndent, lineEnd(keyEnd), false)
        : new ValuePlace.Block(keyIndent, childIndent, end);
  }

  /** The end of a {@code ~} or {@code null} at {@code i}, or {@code i} when there is none. */
  private int blankToken(int i) {
    for (String t : json ? new String[] {"null"} : new String[] {"~", "null", "Null", "NULL"}) {
      int end = i + t.length();
      if (text.startsWith(t, i) && (end == text.length() || " \t\r\n,}#".indexOf(text.charAt(end)) >= 0)) {
        return end;
      }
    }
    return i;
  }

  /** True when an unclosed {@code {} comes before {@code offset} (a YAML key inside a flow mapping). */
  private boolean insideFlow(int offset) {
    int depth = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (isQuoteStart(i)) {
        i = quoteEnd(i);
      } else if (c == '#' && isCommentStart(i)) {
        i = lineEnd(i);
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return depth > 0;
  }

  /** The offset of the bracket closing the one at {@code open}. */
  int closing(int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isQuoteStart(i)) {
        i = quoteEnd(i);
      } else if (c == '#' && isCommentStart(i)) {
        i = lineEnd(i) - 1;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unclosed mapping at offset " + open);
  }

  /** A quote that opens a string: JSON's always, YAML's only where a scalar may start. */
  private boolean isQuoteStart(int i) {
    char c = text.charAt(i);
    if (c != '"' && (json || c != '\'')) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return json || j < 0 || "{[,:-\n?".indexOf(text.charAt(j)) >= 0;
  }

  private int quoteEnd(int open) {
    char q = text.charAt(open);
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q == '"' && c == '\\') {
        i++;
      } else if (c == q) {
        if (q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return text.length();
  }

  private boolean isCommentStart(int i) {
    return !json && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
  }

  int skipSpaces(int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  char charAt(int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : '\n';
  }

  int length() {
    return text.length();
  }
}
