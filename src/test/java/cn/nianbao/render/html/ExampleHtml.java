package cn.nianbao.render.html;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples.Example;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Example data → HTML preview, parsed back with jsoup; and readers for what the tests compare. */
final class ExampleHtml {
  private ExampleHtml() {}

  static org.jsoup.nodes.Document render(Example example) throws Exception {
    return parse(ReportTemplates.bundled().produce(ReportBinder.bind(example.path())));
  }

  static org.jsoup.nodes.Document parse(Document doc) {
    return Jsoup.parse(HtmlRenderer.create().render(doc));
  }

  /** A table as grid lines ({@code text{rows,cols}} joined by {@code " | "}), as in OfficialGrids. */
  static List<String> gridLines(Element table) {
    List<String> lines = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        cells.add(cn.nianbao.testing.OfficialGrids.cell(text(cell), span(cell, "rowspan"), span(cell, "colspan")));
      }
      lines.add(String.join(" | ", cells));
    }
    return lines;
  }

  /** An element's text with {@code <br>} read as {@code '\n'}. */
  static String text(Element element) {
    StringBuilder sb = new StringBuilder();
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (node instanceof Element e) {
        sb.append(e.nameIs("br") ? "\n" : text(e));
      }
    }
    return sb.toString();
  }

  private static int span(Element cell, String attribute) {
    return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute)) : 1;
  }
}
