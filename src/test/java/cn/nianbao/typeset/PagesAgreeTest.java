package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF and the preview draw the same pages: for every example and the long report, each PDF
 * page (read back with PDFBox) and the preview's element with the same {@code data-page} (read
 * with jsoup) hold the page model's lines, same text, same order, each run within half a point
 * of the model's position.
 */
class PagesAgreeTest {
  private static final double TOLERANCE = 0.5;
  private static final Pattern LEFT = Pattern.compile("left: (-?[\\d.]+)pt");
  private static final Pattern TOP = Pattern.compile("top: (-?[\\d.]+)pt");
  private static final Pattern SIZE = Pattern.compile("font-size: ([\\d.]+)pt");

  static List<Path> files() {
    return LaidOut.files();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyPdfPageHoldsTheModelsLinesAtTheirPositions(Path file) {
    LaidOut.Sample sample = LaidOut.of(file);
    List<List<TextPosition>> pdf = PdfReading.drawingOrder(sample.pdf());
    assertEquals(sample.pages().size(), pdf.size(), sample + ": pages");
    for (Page page : sample.pages()) {
      List<TextPosition> glyphs = pdf.get(page.number() - 1);
      int g = 0;
      for (TextLine line : page.lines()) {
        for (TextRun run : line.runs()) {
          String where = sample + " page " + page.number() + " line \"" + line.text() + "\"";
          TextPosition first = glyphs.get(g);
          assertEquals(run.x(), first.getXDirAdj(), TOLERANCE, where + ": x of \"" + run.text() + "\"");
          assertEquals(line.baseline(), first.getYDirAdj(), TOLERANCE, where + ": baseline");
          StringBuilder text = new StringBuilder();
          while (text.length() < run.text().length()) {
            text.append(glyphs.get(g++).getUnicode());
          }
          assertEquals(run.text(), text.toString(), where);
        }
      }
      assertEquals(glyphs.size(), g, sample + " page " + page.number() + ": glyphs beyond the model");
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyPreviewPageHoldsTheModelsLinesAtTheirPositions(Path file) {
    LaidOut.Sample sample = LaidOut.of(file);
    org.jsoup.nodes.Document html = Jsoup.parse(sample.html());
    assertEquals(sample.pages().size(), html.select("section.page").size(), sample + ": pages");
    for (Page page : sample.pages()) {
      Element element = html.selectFirst("section.page[data-page=" + page.number() + "]");
      List<Element> lines = element.select("> .line");
      assertEquals(texts(page), lines.stream().map(Element::text).toList(),
          sample + " page " + page.number());
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = page.lines().get(i);
        List<Element> runs = lines.get(i).select("> span");
        assertEquals(line.runs().size(), runs.size());
        for (int r = 0; r < runs.size(); r++) {
          String style = runs.get(r).attr("style");
          String where = sample + " page " + page.number() + " \"" + line.text() + "\": " + style;
          assertEquals(line.runs().get(r).x(), number(LEFT, style), TOLERANCE, where);
          double size = number(SIZE, style);
          // A run of line-height 1 has its baseline the spec's ascent below its top.
          assertEquals(line.baseline(), number(TOP, style) + cn.nianbao.spec.Spec.ASCENT_EM * size,
              TOLERANCE, where);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void dataCellsCarryTheirAddressToTheirBoxes(Path file) {
    LaidOut.Sample sample = LaidOut.of(file);
    org.jsoup.nodes.Document html = Jsoup.parse(sample.html());
    long withAddress = sample.pages().stream().flatMap(p -> p.cells().stream())
        .filter(c -> c.origin().cell() != null).count();
    assertEquals(withAddress, html.select("section.page > div.cell:not(.line)[data-cell]").size(), sample.toString());
    assertTrue(html.select("section.page > div.cell:not(.line)").size() > 100, sample + ": the three tables' cells");
  }

  private static List<String> texts(Page page) {
    List<String> out = new ArrayList<>();
    page.lines().forEach(l -> out.add(l.text().strip()));
    return out;
  }

  private static double number(Pattern pattern, String style) {
    Matcher m = pattern.matcher(style);
    assertTrue(m.find(), style);
    return Double.parseDouble(m.group(1));
  }
}
