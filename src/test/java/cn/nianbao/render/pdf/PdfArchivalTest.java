package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontSearch;
import cn.nianbao.render.fonts.FontSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Final PDFs are PDF/A-2b (checked with veraPDF), describe themselves and carry an outline. */
class PdfArchivalTest {
  static final List<Example> EXAMPLES = Examples.ALL;

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void finalPdfPassesPdfA2bWithNoFailedRule(Example example) throws Exception {
    assertEquals("", failedRules(ExamplePdfs.pdf(example)));
  }

  @org.junit.jupiter.api.Test
  void aPdfWithAnInstalledTrueTypeOfficialFontIsPdfA2bToo() throws Exception {
    // The test font 楷体_GB2312 has the glyphs ABC123: a level-2 heading is set in it.
    Document doc = new Document(PageSetup.GB_T_9704, List.of(new Title("年度报告"),
        new Heading(2, "ABC123"), Paragraph.of("本报告根据中华人民共和国政府信息公开条例编制。")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create(FontSet.resolve(FontSearch.configuredOnly(
        Path.of("src/test/resources/fonts/names")))).render(doc, out);
    assertTrue(cn.nianbao.testing.PdfReading.fontsUsed(out.toByteArray()).stream()
        .anyMatch(f -> f.contains("KaiTi_GB2312")), "the installed font is used");
    assertEquals("", failedRules(out.toByteArray()));
  }

  /** The PDF/A-2b rules veraPDF finds failed, one per line; empty when the file conforms. */
  private static String failedRules(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      String failed = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
              + a.getMessage())
          .distinct()
          .collect(Collectors.joining("\n"));
      assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
      return failed.isEmpty() && !result.isCompliant() ? "not compliant" : failed;
    }
  }

  @org.junit.jupiter.api.Test
  void aDraftIsNotPdfA() throws Exception {
    Example example = Examples.ALL.get(0);
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
    byte[] draft = Rendered.pdf(doc.withDraft(true), example.name() + "-draft");
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(draft), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      assertFalse(validator.validate(parser).isCompliant());
    }
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void infoHoldsTitleAuthorProgramAndTheDocumentsDate(Example example) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
    try (PDDocument pdf = Loader.loadPDF(ExamplePdfs.pdf(example))) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertEquals(doc.info().title(), info.getTitle());
      assertEquals(doc.info().author(), info.getAuthor());
      assertTrue(info.getProducer().startsWith("nianbao "), info.getProducer());
      assertEquals(info.getProducer(), info.getCreator());
      Calendar created = info.getCreationDate();
      created.setTimeZone(TimeZone.getTimeZone("GMT+08:00"));
      assertEquals(doc.info().date().getYear(), created.get(Calendar.YEAR));
      assertEquals(doc.info().date().getDayOfYear(), created.get(Calendar.DAY_OF_YEAR));
      assertEquals(1.7f, pdf.getVersion());
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName());
          assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName());
        }
      }
    }
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void outlineHoldsTheSectionHeadingsInOrderOnTheirPages(Example example) throws Exception {
    byte[] bytes = ExamplePdfs.pdf(example);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<String> top = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        top.add(item.getTitle());
        int page = pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
        String pageText = cn.nianbao.testing.PdfReading.pageTexts(bytes).get(page - 1);
        assertTrue(pageText.replace(" ", "").contains(item.getTitle()),
            item.getTitle() + " not on page " + page);
      }
      assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), top);
    }
  }
}
