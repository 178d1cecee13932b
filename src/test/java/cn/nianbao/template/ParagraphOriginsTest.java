package cn.nianbao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.document.Document;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every paragraph printed from the data file carries the span of the value it prints. */
class ParagraphOriginsTest {
  @Test
  void eachDataParagraphPointsAtItsOwnTextInTheDataFile() throws Exception {
    Path file = Path.of("examples/qingshuihe-2021.yaml");
    String data = Files.readString(file, StandardCharsets.UTF_8);
    Report report = ReportBinder.bind(file);
    Document document = ReportTemplates.bundled().produce(report);
    List<Paragraph> paragraphs = document.blocks().stream()
        .filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    int fromData = 0;
    for (Paragraph p : paragraphs) {
      Origin origin = p.origin();
      assertNotNull(origin.span(), "no origin: " + p.text());
      assertNull(origin.cell());
      Span span = origin.span();
      String written = data.substring(span.startOffset(), span.endOffset()).strip()
          .replaceAll("^\"(.*)\"$", "$1"); // a quoted value: its span includes the quotes
      // a run-in sub-heading is printed before its first paragraph; the paragraph's span is its own text
      assertEquals(true, p.text().endsWith(written), p.text() + " ≠ " + written);
      fromData++;
    }
    assertEquals(report.opening().size() + count(report.overview()) + count(report.problems())
        + count(report.otherMatters()), fromData);
  }

  private static int count(List<cn.nianbao.model.Subsection> parts) {
    return parts.stream().mapToInt(s -> s.paragraphs().size()).sum();
  }
}
