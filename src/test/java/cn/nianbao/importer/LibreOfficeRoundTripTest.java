package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * render → LibreOffice → import: our DOCX re-saved by LibreOffice, the PDF LibreOffice exports
 * from it, and LibreOffice's HTML of it wrapped in a government site's header, navigation and
 * footer. All files go through three soffice calls, run side by side, each given the bundled fonts
 * ({@link LibreOfficeFonts}) so that Chinese text is really set, as on a clerk's machine.
 */
class LibreOfficeRoundTripTest {
  @TempDir static Path dir;
  private static final List<String> NAMES = new ArrayList<>();

  @BeforeAll
  static void convert() throws Exception {
    List<Path> docx = new ArrayList<>();
    for (Path data : Rendered.DATA_FILES) {
      String name = data.getFileName().toString().replace(".yaml", "");
      NAMES.add(name);
      byte[] ours = Rendered.docx(Rendered.report(data));
      docx.add(write(dir.resolve("ours").resolve(name + ".docx"), ours));
    }
    Path fonts = LibreOfficeFonts.config(dir.resolve("fontconfig"));
    LibreOffice.Conversion toDocx = LibreOffice.start(docx, "docx:MS Word 2007 XML", dir.resolve("docx"), dir.resolve("p1"), fonts);
    LibreOffice.Conversion toPdf = LibreOffice.start(docx, "pdf", dir.resolve("pdf"), dir.resolve("p2"), fonts);
    LibreOffice.Conversion toHtml = LibreOffice.start(docx, "html", dir.resolve("html"), dir.resolve("p3"), fonts);
    LibreOffice.Conversion boxes = LibreOffice.start(docx.subList(0, 1), "pdf", dir.resolve("pdf-boxes"), dir.resolve("p4"),
        LibreOfficeFonts.latinOnly(dir.resolve("fontconfig-latin")));
    LibreOffice.await(toDocx);
    LibreOffice.await(toPdf);
    LibreOffice.await(toHtml);
    LibreOffice.await(boxes);
  }

  private static Path write(Path file, byte[] bytes) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static Stream<Path> dataFiles() {
    return Rendered.DATA_FILES.stream();
  }

  @ParameterizedTest
  @MethodSource("dataFiles")
  void theDocxReSavedByLibreOfficeComesBack(Path data) throws Exception {
    assertComesBack(data, dir.resolve("docx").resolve(name(data) + ".docx"));
  }

  /**
   * LibreOffice sets our DOCX in the bundled fonts it was given: the Fandol stand-ins of the
   * official fonts, Liberation Serif for Times New Roman, Noto Serif CJK for characters outside
   * GB2312 (the long report has some) — and nothing else.
   */
  @ParameterizedTest
  @MethodSource("dataFiles")
  void thePdfExportedByLibreOfficeEmbedsTheBundledFonts(Path data) throws Exception {
    Set<String> fonts = new TreeSet<>();
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("pdf").resolve(name(data) + ".pdf").toFile())) {
      for (PDPage page : pdf.getPages()) {
        for (COSName key : page.getResources().getFontNames()) {
          String name = page.getResources().getFont(key).getName();
          fonts.add(name.substring(name.indexOf('+') + 1));
        }
      }
    }
    assertTrue(fonts.containsAll(Set.of("FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular",
        "FandolSong-Regular")), fonts::toString);
    assertTrue(fonts.stream().allMatch(f -> f.startsWith("Fandol") || f.startsWith("LiberationSerif")
        || f.startsWith("NotoSerifCJK")), fonts::toString);
  }

  @ParameterizedTest
  @MethodSource("dataFiles")
  void thePdfExportedByLibreOfficeComesBack(Path data) throws Exception {
    assertComesBack(data, dir.resolve("pdf").resolve(name(data) + ".pdf"));
  }

  /**
   * Without a Chinese font LibreOffice draws every Chinese character as the missing-glyph box and
   * maps all of them to one and the same character (the right text survives only in /ActualText,
   * which the importer does not read): such a PDF is refused, saying why.
   */
  @Test
  void aPdfExportedWithoutChineseFontsIsRefusedForItsBrokenTextLayer() throws Exception {
    Path pdf = dir.resolve("pdf-boxes").resolve(NAMES.get(0) + ".pdf");
    assertTrue(Files.isRegularFile(pdf), pdf + " was not written by LibreOffice");
    NotAReport refused = assertThrows(NotAReport.class, () -> Importer.read(pdf));
    assertTrue(refused.getMessage().contains("文字层不可信"), refused.getMessage());
  }

  @ParameterizedTest
  @MethodSource("dataFiles")
  void libreOfficesHtmlInASitePageComesBack(Path data) throws Exception {
    String html = Files.readString(dir.resolve("html").resolve(name(data) + ".html"), StandardCharsets.UTF_8);
    Path page = dir.resolve("site").resolve(name(data) + ".html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, SitePage.wrap(html));
    assertComesBack(data, page);
  }

  private static void assertComesBack(Path data, Path published) throws Exception {
    assertTrue(Files.isRegularFile(published), published + " was not written by LibreOffice");
    Report report = Rendered.report(data);
    Importer.Result result = Importer.read(published);
    Reports.assertSame(report, Reports.bind("report.yaml", result.text()), true);
  }

  private static String name(Path data) {
    return data.getFileName().toString().replace(".yaml", "");
  }
}
