package cn.nianbao.document;

/** One method per block kind; every renderer implements all of them. */
public interface BlockVisitor {
  void visit(Title title);

  void visit(Heading heading);

  void visit(Paragraph paragraph);

  void visit(Table table);

  void visit(Closing closing);
}
