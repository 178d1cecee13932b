package cn.nianbao.edit;

/** Where the value of a mapping key (a table, row group or row) stands in the data file's text. */
sealed interface ValuePlace {
  /**
   * A flow mapping {@code { … }} (every JSON mapping).
   *
   * @param open      offset of {@code {}
   * @param close     offset of the matching {@code }}
   * @param multiline true when the mapping spans lines (entries then go one a line)
   */
  record Flow(int open, int close, boolean multiline) implements ValuePlace {}

  /**
   * A YAML block mapping under its key.
   *
   * @param keyIndent   the key line's indentation
   * @param childIndent its entries' indentation
   * @param end         the end of its last line of content (before that line's end)
   */
  record Block(int keyIndent, int childIndent, int end) implements ValuePlace {}

  /**
   * A blank value: {@code key:}, {@code ~} or {@code null}.
   *
   * @param start     where the blank token starts (or the point after the colon)
   * @param end       where it ends
   * @param keyIndent the key line's indentation
   * @param lineEnd   the end of the key's line (before its line end)
   * @param inFlow    true inside a flow mapping, where no block may start
   */
  record Blank(int start, int end, int keyIndent, int lineEnd, boolean inFlow) implements ValuePlace {}

  /** Where the value ends: after its closing brace, its last line, or its blank token. */
  default int extentEnd() {
    if (this instanceof Flow f) {
      return f.close() + 1;
    }
    return this instanceof Block b ? b.end() : ((Blank) this).end();
  }
}
