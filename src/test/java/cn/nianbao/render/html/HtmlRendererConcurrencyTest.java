package cn.nianbao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One renderer serves many threads, and the same document always gives the same page. */
class HtmlRendererConcurrencyTest {
  @Test
  void oneRendererUsedFromSeveralThreadsGivesIdenticalPages() throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(Examples.ALL.get(0).path()));
    HtmlRenderer renderer = HtmlRenderer.create();
    String expected = renderer.render(doc);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> pages = pool.invokeAll(
          IntStream.range(0, 16).mapToObj(i -> (java.util.concurrent.Callable<String>) () -> renderer.render(doc)).toList());
      for (Future<String> page : pages) {
        assertEquals(expected, page.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
