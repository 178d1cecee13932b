package cn.nianbao.render.html;

import cn.nianbao.document.BlockVisitor;
import cn.nianbao.document.Closing;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import cn.nianbao.typeset.ClosingLayout;
import cn.nianbao.typeset.TitleLines;

/** Per-render state: visits each block once and tells the {@link HtmlWriter} what to write. */
final class BlockHtml implements BlockVisitor {
  private final HtmlWriter html;
  private final PageSetup page;

  BlockHtml(HtmlWriter html, PageSetup page) {
    this.html = html;
    this.page = page;
  }

  @Override
  public void visit(Title title) {
    // The balanced lines of the DOCX and PDF, one block each, so the browser cannot re-wrap them.
    html.tag("h1", "class", "title");
    for (String line : TitleLines.of(title, page)) {
      html.tag("span");
      html.text(line);
      html.end("span");
    }
    html.end("h1");
    html.line();
  }

  @Override
  public void visit(Heading heading) {
    String tag = heading.level() == 1 ? "h2" : "h3";
    html.tag(tag);
    html.text(heading.text());
    html.end(tag);
    html.line();
  }

  @Override
  public void visit(Paragraph paragraph) {
    html.tag("p");
    for (Run run : paragraph.runs()) {
      if (run.role() == FontRole.BODY) {
        html.text(run.text());
      } else {
        html.tag("span", "class", roleClass(run.role()));
        html.text(run.text());
        html.end("span");
      }
    }
    html.end("p");
    html.line();
  }

  @Override
  public void visit(Table table) {
    new TableHtml(html).write(table);
  }

  @Override
  public void visit(Closing closing) {
    // Right indents in body characters are ems of the 16 pt body text (GB/T 9704 §7.3.5.2).
    ClosingLayout layout = ClosingLayout.of(closing);
    html.tag("div", "class", "closing");
    closingLine(closing.signature(), layout.signatureIndent());
    closingLine(closing.date(), layout.dateIndent());
    html.end("div");
    html.line();
  }

  private void closingLine(String text, double indentChars) {
    html.tag("p", "style", "padding-right: " + PageStyle.num(indentChars) + "em");
    html.text(text);
    html.end("p");
  }

  private static String roleClass(FontRole role) {
    return role.name().toLowerCase(java.util.Locale.ROOT);
  }
}
