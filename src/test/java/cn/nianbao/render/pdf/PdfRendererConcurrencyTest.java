package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.document.Document;
import cn.nianbao.testing.PdfReading;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PdfRendererConcurrencyTest {
  @Test
  void oneRendererServesConcurrentCallsWithIdenticalResults() throws Exception {
    PdfRenderer renderer = PdfRenderer.create();
    Document doc = SampleDocuments.longReport();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          renderer.render(doc, out);
          return out.toByteArray();
        }));
      }
      List<String> expected = PdfReading.pageTexts(results.get(0).get());
      for (Future<byte[]> result : results) {
        byte[] pdf = result.get();
        assertEquals(expected, PdfReading.pageTexts(pdf));
        assertEquals(List.of(), PdfReading.fontProblems(pdf));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
