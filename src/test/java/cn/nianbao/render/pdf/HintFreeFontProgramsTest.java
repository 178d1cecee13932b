package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Charstrings;
import cn.nianbao.testing.PdfReading;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.TextLine;
import cn.nianbao.typeset.TextRun;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The 2020 example's embedded Fandol programs carry no hint operators, and the PDF's text reads
 * back as typeset.
 */
class HintFreeFontProgramsTest {
  private static final Path EXAMPLE = Path.of("examples", "hancongou-2020.yaml");

  @Test
  void embeddedFandolProgramsHaveNoHintOperatorsAndTheTextReadsBack() throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(EXAMPLE));
    byte[] pdf = Rendered.pdf(doc, "hint-free-hancongou-2020");
    Map<String, Long> hints = new TreeMap<>();
    try (PDDocument read = Loader.loadPDF(pdf)) {
      for (PDPage page : read.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (font instanceof PDType0Font t && t.getFontDescriptor().getFontFile3() != null) {
            hints.put(baseName(t), hintOperatorsIn(t.getFontDescriptor().getFontFile3()));
          }
        }
      }
    }
    assertTrue(hints.keySet().containsAll(
        List.of("FandolFang-Regular", "FandolHei-Regular")), hints::toString);
    hints.forEach((font, n) -> assertEquals(0L, n, font));
    assertEquals(withoutSpaces(typesetText(doc)), withoutSpaces(PdfReading.drawingOrder(pdf)
        .stream().flatMap(List::stream).map(g -> g.getUnicode())
        .collect(Collectors.joining())));
  }

  private static String baseName(PDType0Font font) {
    return font.getName().substring(7).replace("-Identity-H", ""); // after the subset tag
  }

  private static long hintOperatorsIn(PDStream program) throws Exception {
    byte[] bytes;
    try (InputStream in = program.createInputStream()) {
      bytes = in.readAllBytes();
    }
    CFFFont cff = new CFFParser().parse(new RandomAccessReadBuffer(bytes)).get(0);
    return cff.getCharStringBytes().stream()
        .mapToLong(Charstrings::hintOperators).sum();
  }

  private static String typesetText(Document doc) {
    StringBuilder text = new StringBuilder();
    for (Page page : PdfRenderer.create().pages(doc)) {
      for (TextLine line : page.lines()) {
        for (TextRun run : line.runs()) {
          text.append(run.text());
        }
      }
    }
    return text.toString();
  }

  private static String withoutSpaces(String s) {
    return s.replaceAll("\\s", "");
  }
}
