package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.fail;

import cn.nianbao.document.Block;
import cn.nianbao.document.Cell;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Heading;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Row;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import cn.nianbao.testing.PdfReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files per example and for the long report (src/test/resources/golden-pages/NAME/): the
 * document model, the text of each PDF page and the preview's page texts. On a difference the
 * actual output is written under target/golden-pages/NAME/ beside the expected one and the test
 * fails naming both, so a reviewer can diff them; copy the actual over the expected when the
 * change is intended. Run with {@code -Dgolden.update=true} to write the expected files.
 */
class GoldenPagesTest {
  private static final Path EXPECTED = Path.of("src/test/resources/golden-pages");
  private static final Path ACTUAL = Path.of("target/golden-pages");

  static List<Path> files() {
    return LaidOut.files();
  }

  @ParameterizedTest
  @MethodSource("files")
  void documentModel(Path file) throws IOException {
    LaidOut.Sample sample = LaidOut.of(file);
    StringBuilder sb = new StringBuilder();
    sample.document().blocks().forEach(b -> dump(b, sb));
    compare(sample.name(), "document.txt", sb.toString());
  }

  @ParameterizedTest
  @MethodSource("files")
  void pdfPages(Path file) throws IOException {
    LaidOut.Sample sample = LaidOut.of(file);
    StringBuilder sb = new StringBuilder();
    List<String> pages = PdfReading.pageTexts(sample.pdf());
    for (int i = 0; i < pages.size(); i++) {
      sb.append("=== page ").append(i + 1).append(" ===\n").append(pages.get(i).strip()).append('\n');
    }
    compare(sample.name(), "pdf-pages.txt", sb.toString());
  }

  @ParameterizedTest
  @MethodSource("files")
  void previewPages(Path file) throws IOException {
    LaidOut.Sample sample = LaidOut.of(file);
    StringBuilder sb = new StringBuilder();
    for (Element page : Jsoup.parse(sample.html()).select("section.page")) {
      sb.append("=== page ").append(page.attr("data-page")).append(" ===\n");
      page.select("> .line").forEach(l -> sb.append(l.text()).append('\n'));
    }
    compare(sample.name(), "preview-pages.txt", sb.toString());
  }

  private static void compare(String name, String kind, String actual) throws IOException {
    Path expected = EXPECTED.resolve(name).resolve(kind);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    String want = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : null;
    if (!actual.equals(want)) {
      Path out = ACTUAL.resolve(name).resolve(kind);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
      fail(kind + " of " + name + " differs: diff " + expected + " " + out);
    }
  }

  private static void dump(Block block, StringBuilder sb) {
    if (block instanceof Title t) {
      sb.append("TITLE").append(origin(t.origin())).append(' ')
          .append(t.text().replace("\n", "\\n")).append('\n');
    } else if (block instanceof Heading h) {
      sb.append("HEADING").append(h.level()).append(' ').append(h.text()).append('\n');
    } else if (block instanceof Paragraph p) {
      sb.append("PARAGRAPH").append(origin(p.origin()));
      for (Run r : p.runs()) {
        sb.append(" [").append(r.role()).append("] ").append(r.text());
      }
      sb.append('\n');
    } else if (block instanceof Table t) {
      sb.append("TABLE widths=").append(t.columnWidths()).append(" header=")
          .append(t.headerRows()).append(" keep=").append(t.keepTogether()).append('\n');
      for (Row row : t.rows()) {
        sb.append("  |");
        for (Cell c : row.cells()) {
          sb.append(' ').append(c.text().replace("\n", "\\n")).append('{').append(c.rowSpan())
              .append(',').append(c.colSpan()).append(c.align() == Cell.Align.LEFT ? ",L" : "")
              .append('}').append(origin(c.origin())).append(" |");
        }
        sb.append('\n');
      }
    } else if (block instanceof Closing c) {
      sb.append("CLOSING").append(origin(c.signatureOrigin())).append(' ').append(c.signature())
          .append(" /").append(origin(c.dateOrigin())).append(' ').append(c.date()).append('\n');
    }
  }

  private static String origin(Origin o) {
    StringBuilder sb = new StringBuilder();
    if (o.span() != null) {
      sb.append(" @").append(o.span().startLine()).append(':').append(o.span().startColumn());
    }
    if (o.cell() != null) {
      sb.append(" #").append(o.cell().id());
    }
    return sb.toString();
  }
}
