package cn.nianbao.typeset;

import cn.nianbao.document.FontRole;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Run;
import cn.nianbao.render.fonts.FontMetrics;
import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page carries outside the flow: the page number {@code — N —} (GB/T 9704 §7.5) 7 mm
 * below the type area, 右空一字 on odd pages and 左空一字 on even ones, and on a draft the note in
 * the top margin and the diagonal watermark.
 */
final class Decorations {
  private Decorations() {}

  static List<Page> finish(PageFlow flow, FontMetrics metrics, boolean draft) {
    List<Page> pages = new ArrayList<>();
    double typeAreaBottom = flow.top + flow.area;
    for (int i = 0; i < flow.pageCount(); i++) {
      int number = i + 1;
      List<TextLine> lines = new ArrayList<>(flow.lines(i));
      lines.add(pageNumber(flow, metrics, number, typeAreaBottom));
      Watermark watermark = null;
      if (draft) {
        lines.add(draftNote(flow, metrics));
        double centreY = (flow.top + typeAreaBottom) / 2;
        watermark = new Watermark(Spec.DRAFT_WATERMARK, FontRole.TITLE,
            metrics.faceFor(Spec.DRAFT_WATERMARK.codePointAt(0), FontRole.TITLE),
            Spec.DRAFT_WATERMARK_SIZE, (flow.left + flow.right) / 2,
            centreY + Spec.DRAFT_WATERMARK_DROP, Spec.DRAFT_WATERMARK_ANGLE,
            Spec.DRAFT_WATERMARK_RGB);
      }
      pages.add(new Page(number, flow.width, flow.height, lines, flow.cells(i), watermark));
    }
    return List.copyOf(pages);
  }

  private static TextLine pageNumber(PageFlow flow, FontMetrics metrics, int number,
      double typeAreaBottom) {
    FontRole role = FontRole.PAGE_NUMBER;
    double size = Spec.size(role);
    Shaped s = Shaped.of(metrics, List.of(new Run(Spec.pageNumber(number), role)), r -> size);
    double w = s.width(0, s.length());
    double side = Spec.PAGE_NUMBER_SIDE_CHARS * size;
    double x = number % 2 == 1 ? flow.right - side - w : flow.left + side;
    double baseline = typeAreaBottom + Spec.PAGE_NUMBER_DROP_MM * Spec.PT_PER_MM
        + Spec.DASH_HEIGHT_EM * size;
    return new TextLine(TextLine.Kind.PAGE_NUMBER, baseline,
        s.runs(0, s.length(), x, new double[s.length()]), TextLine.Ending.NATURAL, 0,
        Origin.NONE);
  }

  private static TextLine draftNote(PageFlow flow, FontMetrics metrics) {
    double size = Spec.DRAFT_NOTE_SIZE;
    Shaped s = Shaped.of(metrics, List.of(new Run(Spec.DRAFT_NOTE, FontRole.TABLE)), r -> size);
    double x = (flow.left + flow.right - s.width(0, s.length())) / 2;
    double baseline = flow.top - Spec.DRAFT_NOTE_RISE_MM * Spec.PT_PER_MM;
    return new TextLine(TextLine.Kind.DRAFT_NOTE, baseline,
        s.runs(0, s.length(), x, new double[s.length()]), TextLine.Ending.NATURAL,
        Spec.DRAFT_NOTE_RGB, Origin.NONE);
  }
}
