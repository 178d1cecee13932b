package cn.nianbao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.render.fonts.MissingGlyphsException;
import cn.nianbao.testing.PdfReading;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.TextLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facade gives the pages too, and says in a diagnostic why a previous year cannot serve. */
class NianbaoTest {
  private static final Nianbao NIANBAO = Nianbao.create();

  @Test
  void pagesAreThePagesThePdfDraws() {
    Document document = NIANBAO.document(load("examples/qingshuihe-2021.yaml"));
    List<Page> pages = NIANBAO.pages(document);
    List<String> pdfPages = PdfReading.pageTexts(NIANBAO.pdf(document));
    assertEquals(pdfPages.size(), pages.size());
    for (int i = 0; i < pages.size(); i++) {
      assertEquals(i + 1, pages.get(i).number());
      // the same characters on each page (PDFBox reads table cells in its own order)
      assertEquals(sorted(pdfPages.get(i)), sorted(pages.get(i).text()), "page " + (i + 1));
    }
    List<TextLine> lines = pages.stream().flatMap(p -> p.lines().stream()).toList();
    assertTrue(lines.stream().anyMatch(l -> l.kind() == TextLine.Kind.CELL
        && l.origin().cell() != null && l.origin().span() != null), "value cells carry their origin");
    assertTrue(lines.stream().filter(l -> l.kind() == TextLine.Kind.TITLE)
        .allMatch(l -> l.origin().span() != null), "the title carries its origin");
  }

  @Test
  void aPreparedNianbaoMakesTheSameFilesAsOneThatWasNot() {
    Nianbao prepared = Nianbao.create();
    prepared.prepare();
    for (String example : List.of("examples/hancongou-2020.yaml", "examples/qingshuihe-2021.yaml")) {
      Document ours = prepared.document(load(example));
      Document theirs = NIANBAO.document(load(example));
      assertArrayEquals(NIANBAO.pdf(theirs), prepared.pdf(ours), example);
      assertArrayEquals(NIANBAO.docx(theirs), prepared.docx(ours), example);
    }
  }

  @Test
  void pagesRefuseACharacterNoFontHas() {
    Document document = NIANBAO.document(load("src/test/resources/font-cases/missing-glyph.yaml"));
    MissingGlyphsException e = assertThrows(MissingGlyphsException.class, () -> NIANBAO.pages(document));
    assertEquals(3, e.missing().size());
  }

  @Test
  void aPreviousYearOfAnotherYearIsADiagnosticAtItsYear() {
    Report report = load("examples/qingshuihe-2021.yaml");
    assertEquals(Optional.empty(), NIANBAO.previousMismatch(report, load("examples/qingshuihe-2020.yaml")));
    Diagnostic d = NIANBAO.previousMismatch(report, report).orElseThrow();
    assertEquals("qingshuihe-2021.yaml:9:5: 上年数据应为2020年度，实际为2021年度，不能作为上年数据。", d.toString());
    assertEquals(Diagnostic.DATA, d.code());
    assertTrue(d.isError());
  }

  @Test
  void aPreviousYearOfAnotherBodyIsADiagnosticAtItsOrganization() {
    Report report = load("examples/qingshuihe-2021.yaml");
    Report other = load("examples/hancongou-2020.yaml");
    Diagnostic d = NIANBAO.previousMismatch(report, other).orElseThrow();
    assertEquals("hancongou-2020.yaml", d.file());
    assertEquals(9, d.span().startLine());
    assertTrue(d.message().startsWith("上年数据的机关为 “寒葱沟镇人民政府”"), d.message());
    assertFalse(d.message().contains("\n"));
  }

  private static String sorted(String text) {
    return text.codePoints().filter(c -> !Character.isWhitespace(c)).sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  private static Report load(String file) {
    Nianbao.Loaded loaded = NIANBAO.load(Path.of(file));
    assertEquals(List.of(), loaded.diagnostics());
    return loaded.report();
  }
}
