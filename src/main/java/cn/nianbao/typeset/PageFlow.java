package cn.nianbao.typeset;

import cn.nianbao.document.PageSetup;
import cn.nianbao.spec.Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages being filled: the type area of the current page and how much of it is used.
 * Decorations are added by {@link Decorations} once the flow is done.
 */
final class PageFlow {
  final double width;
  final double height;
  final double left;
  final double right;
  final double top;
  /** The type area's height. */
  final double area;

  private final List<List<TextLine>> lines = new ArrayList<>();
  private final List<List<CellBox>> cells = new ArrayList<>();
  private double used;

  PageFlow(PageSetup page) {
    width = page.widthMm() * Spec.PT_PER_MM;
    height = page.heightMm() * Spec.PT_PER_MM;
    left = page.leftMm() * Spec.PT_PER_MM;
    right = width - page.rightMm() * Spec.PT_PER_MM;
    top = page.topMm() * Spec.PT_PER_MM;
    area = page.typeAreaHeightMm() * Spec.PT_PER_MM;
    newPage();
  }

  /** Height left on the current page. */
  double room() {
    return area - used;
  }

  /** True when nothing has been placed on the current page. */
  boolean pageEmpty() {
    return used == 0;
  }

  void newPage() {
    lines.add(new ArrayList<>());
    cells.add(new ArrayList<>());
    used = 0;
  }

  /** Places the line below what is on the page, on a new page when it does not fit. */
  void place(LineDraft line) {
    if (!pageEmpty() && line.height() > room() + Spec.MEASURE_SLACK) {
      newPage();
    }
    double before = pageEmpty() ? 0 : line.before(); // no space above the first line of a page
    used += before + line.pitch();
    currentLines().add(line.at(top + used));
  }

  /** Space below what is on the page (none at the top of a page). */
  void space(double points) {
    if (!pageEmpty()) {
      used += points;
    }
  }

  /** Reserves {@code height} on the current page and returns its top edge (from the page top). */
  double reserve(double height) {
    double y = top + used;
    used += height;
    return y;
  }

  List<TextLine> currentLines() {
    return lines.get(lines.size() - 1);
  }

  List<CellBox> currentCells() {
    return cells.get(cells.size() - 1);
  }

  int pageCount() {
    return lines.size();
  }

  List<TextLine> lines(int page) {
    return lines.get(page);
  }

  List<CellBox> cells(int page) {
    return cells.get(page);
  }
}
