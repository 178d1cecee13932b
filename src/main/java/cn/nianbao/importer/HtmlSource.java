package cn.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a report's web page (as saved from a browser) with jsoup. The article is found among the
 * site's navigation and footers as the smallest element holding every section heading and every
 * table; its title may stand just before it. Tables become grids with their {@code colspan}; cells
 * covered by a {@code rowspan} are absent from later rows, which the recogniser does not mind.
 */
final class HtmlSource {
  private static final Set<String> BLOCKS = Set.of("p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6",
      "ul", "ol", "li", "section", "article", "blockquote", "center", "main", "dl", "dt", "dd", "pre",
      "header", "footer", "nav", "aside", "form", "hr", "address", "figure");
  private static final String NOISE = "script, style, noscript, template, iframe, object, embed, svg, nav, aside, form";

  private HtmlSource() {}

  static List<Block> read(String name, byte[] bytes) throws NotAReport {
    Document doc;
    try {
      Parser parser = Parser.htmlParser().setTrackPosition(true);
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
    } catch (IOException | UncheckedIOException e) {
      throw new NotAReport(name + ": 无法读取网页：" + e.getMessage(), e);
    }
    doc.select(NOISE).remove();
    for (Element e : doc.select("header, footer")) {
      if (e.closest("article") == null) {
        e.remove();
      }
    }
    Element article = article(doc);
    if (article == null) {
      throw new NotAReport(name + ": 网页中没有找到年度报告的章节标题（如 “一、总体情况”）和统计表，未导入。");
    }
    List<Block> blocks = new ArrayList<>();
    Block.Text title = titleBefore(article);
    if (title != null && !hasTitle(article)) {
      blocks.add(title);
    }
    new Walker(blocks).walk(article);
    return blocks;
  }

  /**
   * The smallest element holding every outermost table and every section heading. A heading text
   * found more than once (a site menu may list 一、总体情况) counts where it shares the deepest
   * ancestor with the tables: the report's own heading, not the menu's.
   */
  private static Element article(Document doc) {
    List<Element> tables = new ArrayList<>();
    java.util.Map<Sections.Section, List<Element>> headings = new java.util.LinkedHashMap<>();
    List<Sections.Section> sections = Sections.of(cn.nianbao.model.FormatVersion.V2021);
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      if (e.tagName().equals("table") && e.parents().stream().noneMatch(p -> p.tagName().equals("table"))) {
        tables.add(e);
      } else if (isLeaf(e)) {
        Sections.Section s = Sections.match(text(e), sections);
        if (s != null) {
          headings.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
        }
      }
    }
    if (tables.isEmpty() || tables.size() + headings.size() < 2) {
      return null;
    }
    Element ofTables = common(tables);
    List<Element> anchors = new ArrayList<>(tables);
    for (List<Element> same : headings.values()) {
      Element best = same.get(0);
      for (Element e : same) {
        if (common(List.of(e, ofTables)).parents().size() > common(List.of(best, ofTables)).parents().size()) {
          best = e;
        }
      }
      anchors.add(best);
    }
    return common(anchors);
  }

  private static Element common(List<Element> elements) {
    Element common = elements.get(0);
    for (Element a : elements) {
      while (common != null && !(common == a || a.parents().contains(common))) {
        common = common.parent();
      }
    }
    return common;
  }

  private static boolean hasTitle(Element article) {
    for (Element e : article.getAllElements()) {
      if (e.tagName().equals("table")) {
        return false;
      }
      if (isLeaf(e) && text(e).contains("报告")) {
        return true;
      }
    }
    return false;
  }

  /** The nearest line before the article that names the report (…年度报告), as its title. */
  private static Block.Text titleBefore(Element article) {
    for (Element at = article; at != null && at.parent() != null; at = at.parent()) {
      Element sibling = at.previousElementSibling();
      while (sibling != null) {
        List<Element> leaves = new ArrayList<>(sibling.getAllElements().stream().filter(HtmlSource::isLeaf).toList());
        java.util.Collections.reverse(leaves);
        for (Element leaf : leaves) {
          String t = text(leaf);
          if (t.contains("年度报告") && t.length() <= 80) {
            return new Block.Text(t, place(leaf));
          }
        }
        sibling = sibling.previousElementSibling();
      }
    }
    return null;
  }

  private static boolean isLeaf(Element e) {
    if (e.tagName().equals("table") || e.tagName().equals("br")) {
      return false;
    }
    if (!BLOCKS.contains(e.tagName()) && !e.tagName().equals("td") && !e.tagName().equals("th")) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCKS.contains(child.tagName())) {
        return false;
      }
    }
    return true;
  }

  private static String text(Element e) {
    return Labels.clean(Labels.unwrap(e.text()));
  }

  private static Place place(Node n) {
    int line = n.sourceRange().start().lineNumber();
    return line > 0 ? Place.line(line) : new Place("网页中");
  }

  /** Turns the article's elements into blocks in document order. */
  private static final class Walker {
    private final List<Block> blocks;
    private int tables;

    Walker(List<Block> blocks) {
      this.blocks = blocks;
    }

    void walk(Element e) {
      if (e.tagName().equals("table")) {
        tables++;
        blocks.add(grid(e, new Place("第" + tables + "个表格（" + place(e) + "起）")));
        return;
      }
      if (isLeaf(e)) {
        lines(e);
        return;
      }
      StringBuilder loose = new StringBuilder();
      Place loosePlace = place(e);
      for (Node child : e.childNodes()) {
        if (child instanceof Element c && BLOCKS.contains(c.tagName())) {
          flush(loose, loosePlace);
          walk(c);
        } else if (child instanceof Element c && c.tagName().equals("br")) {
          flush(loose, loosePlace);
        } else if (child instanceof Element c) {
          loose.append(c.text());
          loosePlace = place(c);
        } else if (child instanceof TextNode t) {
          loose.append(t.text());
        }
      }
      flush(loose, loosePlace);
    }

    private void flush(StringBuilder loose, Place place) {
      String t = Labels.clean(Labels.unwrap(loose.toString()));
      if (!t.isEmpty()) {
        blocks.add(new Block.Text(t, place));
      }
      loose.setLength(0);
    }

    /** A leaf block: one text block per line ({@code <br>} breaks it). */
    private void lines(Element e) {
      StringBuilder b = new StringBuilder();
      collect(e, b);
      for (String line : b.toString().split("\n")) {
        String t = Labels.clean(Labels.unwrap(line));
        if (!t.isEmpty()) {
          blocks.add(new Block.Text(t, place(e)));
        }
      }
    }

    private static void collect(Node n, StringBuilder b) {
      for (Node child : n.childNodes()) {
        if (child instanceof TextNode t) {
          b.append(t.getWholeText().replaceAll("\\s+", " "));
        } else if (child instanceof Element c && c.tagName().equals("br")) {
          b.append('\n');
        } else {
          collect(child, b);
        }
      }
    }

    private static Block.Grid grid(Element table, Place place) {
      List<List<Block.Cell>> rows = new ArrayList<>();
      int r = 0;
      for (Element tr : table.select("tr")) {
        if (tr.closest("table") != table) {
          continue;
        }
        r++;
        List<Block.Cell> cells = new ArrayList<>();
        int c = 0;
        for (Element cell : tr.children()) {
          if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
            continue;
          }
          c++;
          int span = 1;
          try {
            span = Math.max(1, Math.min(100, Integer.parseInt(cell.attr("colspan").strip())));
          } catch (NumberFormatException ignored) {
            // no or a malformed colspan: one column, as browsers take it
          }
          cells.add(new Block.Cell(text(cell), span, Place.cell(place, r, c)));
        }
        rows.add(cells);
      }
      return new Block.Grid(rows, place);
    }
  }
}
