package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.typeset.ClosingLayout;
import cn.nianbao.typeset.TitleLines;
import cn.nianbao.document.Block;
import cn.nianbao.document.BlockVisitor;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Heading;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;

/** Per-render state: visits each block once and tells the {@link DocxWriter} what to write. */
final class BlockRenderer implements BlockVisitor {
  private final DocxWriter writer;

  BlockRenderer(DocxWriter writer) {
    this.writer = writer;
  }

  void render(Block block) {
    block.accept(this);
  }

  @Override
  public void visit(Title title) {
    writer.title(String.join("\n", TitleLines.of(title, writer.page())));
    for (int i = 0; i < Spec.LINES_AFTER_TITLE; i++) {
      writer.blankLine(); // GB/T 9704 practice: one empty line between title and body
    }
  }

  @Override
  public void visit(Heading heading) {
    writer.heading(heading.role(), heading.text());
  }

  @Override
  public void visit(Paragraph paragraph) {
    writer.paragraph(paragraph.runs());
  }

  @Override
  public void visit(Table table) {
    writer.table(table);
  }

  @Override
  public void visit(Closing closing) {
    ClosingLayout layout = ClosingLayout.of(closing);
    // Signature and date stay on one page, together with the end of the text above them.
    writer.keepLastWithNext();
    writer.keepWithNext(writer.blankLine());
    writer.keepWithNext(writer.rightAligned(closing.signature(), layout.signatureIndent()));
    writer.rightAligned(closing.date(), layout.dateIndent());
  }
}
