package cn.nianbao.render.pdf;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples.Example;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The example data files through the real pipeline to PDF, rendered once per test run. */
final class ExamplePdfs {
  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private ExamplePdfs() {}

  static byte[] pdf(Example example) {
    return CACHE.computeIfAbsent(example.name(), name -> {
      try {
        Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
        return Rendered.pdf(doc, name);
      } catch (Exception e) {
        throw new IllegalStateException("cannot render " + name, e);
      }
    });
  }
}
