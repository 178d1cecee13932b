package cn.nianbao.document;

/** One top-level element of a document. The set is closed: renderers handle each kind once. */
public sealed interface Block permits Title, Heading, Paragraph, Table, Closing {
  /** Double dispatch to the visitor method for this kind of block. */
  void accept(BlockVisitor visitor);
}
