package cn.nianbao.document;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Span;

/**
 * Where a piece of the document came from in the data file, carried through layout to the page so
 * that a problem can point at the data and a preview can point at the page.
 *
 * @param span the data file's span of the value; null for fixed wording
 * @param cell the table cell the value fills; null outside the statistical tables
 */
public record Origin(Span span, CellAddress cell) {
  /** Fixed wording: comes from the template, not from the data file. */
  public static final Origin NONE = new Origin(null, null);

  /** A value read from the data file outside the tables. */
  public static Origin of(Span span) {
    return span == null ? NONE : new Origin(span, null);
  }
}
