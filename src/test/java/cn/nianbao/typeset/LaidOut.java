package cn.nianbao.typeset;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.render.html.HtmlRenderer;
import cn.nianbao.render.pdf.PdfRenderer;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every example and the long test report, laid out once per test run: the document, the page
 * model, the PDF drawn from it and the preview.
 */
final class LaidOut {
  /** The long report: more than ten pages with addresses, numbers and rare characters. */
  static final Path LONG = Path.of("src/test/resources/long-report/long-2021.yaml");

  record Sample(String name, Document document, List<Page> pages, byte[] pdf, String html) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<Path, Sample> CACHE = new ConcurrentHashMap<>();

  private LaidOut() {}

  /** The data files: the examples and the long report. */
  static List<Path> files() {
    List<Path> files = new ArrayList<>();
    Examples.ALL.forEach(e -> files.add(e.path()));
    files.add(LONG);
    return files;
  }

  static Sample of(Path file) {
    return CACHE.computeIfAbsent(file, LaidOut::make);
  }

  private static Sample make(Path file) {
    try {
      Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(file));
      PdfRenderer pdf = PdfRenderer.create();
      List<Page> pages = pdf.pages(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.render(pages, PdfRenderer.info(doc), doc.draft(), out);
      String html = HtmlRenderer.create().render(doc);
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      return new Sample(name, doc, pages, out.toByteArray(), html);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot lay out " + file, e);
    }
  }
}
