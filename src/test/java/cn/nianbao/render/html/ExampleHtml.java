package cn.nianbao.render.html;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples.Example;
import org.jsoup.Jsoup;

/** Example data → HTML preview, parsed back with jsoup; and readers for what the tests compare. */
final class ExampleHtml {
  private ExampleHtml() {}

  static org.jsoup.nodes.Document render(Example example) throws Exception {
    return parse(ReportTemplates.bundled().produce(ReportBinder.bind(example.path())));
  }

  static org.jsoup.nodes.Document parse(Document doc) {
    return Jsoup.parse(HtmlRenderer.create().render(doc));
  }
}
