package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.nianbao.document.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocxRendererTest {
  @Test
  void oneRendererServesSeveralThreadsWithIdenticalResults() throws Exception {
    DocxRenderer renderer = DocxRenderer.create();
    Document doc = Samples.report();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> bodyXml(renderer, doc)));
      }
      String first = results.get(0).get();
      for (Future<String> f : results) {
        assertEquals(first, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsNullArguments() {
    assertThrows(NullPointerException.class,
        () -> DocxRenderer.create().render(null, new ByteArrayOutputStream()));
    assertThrows(NullPointerException.class,
        () -> DocxRenderer.create().render(Samples.report(), null));
  }

  private static String bodyXml(DocxRenderer renderer, Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(doc, out);
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      return read.getDocument().xmlText();
    }
  }
}
