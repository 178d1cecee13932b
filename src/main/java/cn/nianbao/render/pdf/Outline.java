package cn.nianbao.render.pdf;

import cn.nianbao.document.FontRole;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline entries of laid-out pages: one per heading, at the top of its first line. A
 * heading's wrapped lines start at the margin, its first line is indented, so a heading line at
 * the margin continues the entry before it.
 */
final class Outline {
  private Outline() {}

  static List<ArchivalPdf.Bookmark> of(List<Page> pages) {
    List<ArchivalPdf.Bookmark> out = new ArrayList<>();
    double margin = Double.MAX_VALUE;
    for (Page page : pages) {
      for (TextLine line : page.lines()) {
        margin = Math.min(margin, line.kind() == TextLine.Kind.BODY ? line.x() : margin);
      }
    }
    for (Page page : pages) {
      TextLine previous = null;
      for (TextLine line : page.lines()) {
        if (line.kind() == TextLine.Kind.HEADING) {
          boolean continues = previous != null && previous.kind() == TextLine.Kind.HEADING
              && line.x() <= margin;
          if (continues && !out.isEmpty()) {
            ArchivalPdf.Bookmark last = out.remove(out.size() - 1);
            out.add(new ArchivalPdf.Bookmark(last.title() + line.text(), last.level(),
                last.page(), last.y()));
          } else {
            int level = line.runs().get(0).role() == FontRole.HEADING1 ? 1 : 2;
            float top = (float) (page.height() - line.baseline() + line.runs().get(0).size());
            out.add(new ArchivalPdf.Bookmark(line.text(), level, page.number(), top));
          }
        }
        previous = line;
      }
    }
    return out;
  }
}
