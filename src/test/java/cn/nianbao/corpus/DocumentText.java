package cn.nianbao.corpus;

import cn.nianbao.document.BlockVisitor;
import cn.nianbao.document.Cell;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.DocumentInfo;
import cn.nianbao.document.Heading;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Row;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import java.util.stream.Collectors;

/**
 * The text of a document model, one block per line (tables one row per line), for the corpus:
 * what a reader of the report sees, independent of layout and renderer.
 */
final class DocumentText implements BlockVisitor {
  private final StringBuilder out = new StringBuilder();

  private DocumentText() {}

  static String of(Document doc) {
    DocumentText text = new DocumentText();
    DocumentInfo info = doc.info();
    text.line("信息", info.title() + " | " + info.author() + " | " + info.subject() + " | "
        + info.keywords() + " | " + info.date());
    doc.accept(text);
    return text.out.toString();
  }

  @Override
  public void visit(Title title) {
    line("标题", title.text());
  }

  @Override
  public void visit(Heading heading) {
    line("标题" + heading.level(), heading.text());
  }

  @Override
  public void visit(Paragraph paragraph) {
    line("段落", paragraph.runs().stream().map(Run::text).collect(Collectors.joining()));
  }

  @Override
  public void visit(Table table) {
    line("表格", table.columnCount() + " 列，表头 " + table.headerRows() + " 行");
    for (Row row : table.rows()) {
      line("行", row.cells().stream().map(DocumentText::cell).collect(Collectors.joining(" | ")));
    }
  }

  @Override
  public void visit(Closing closing) {
    line("落款", closing.signature() + " | " + closing.date());
  }

  private static String cell(Cell c) {
    String span = c.rowSpan() == 1 && c.colSpan() == 1 ? "" : "{" + c.rowSpan() + "x" + c.colSpan() + "}";
    return c.text() + span;
  }

  private void line(String kind, String text) {
    out.append(kind).append(": ").append(text.replace("\n", "⏎")).append('\n');
  }
}
