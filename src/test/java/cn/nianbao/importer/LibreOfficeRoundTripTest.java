package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * render → LibreOffice → import: our DOCX re-saved by LibreOffice, the PDF LibreOffice exports
 * from it, and LibreOffice's HTML of it wrapped in a government site's header, navigation and
 * footer. All files go through three soffice calls, run side by side.
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
      Path file = dir.resolve("ours").resolve(name + ".docx");
      Files.createDirectories(file.getParent());
      Files.write(file, Rendered.docx(Rendered.report(data)));
      docx.add(file);
    }
    LibreOffice.Conversion toDocx = LibreOffice.start(docx, "docx:MS Word 2007 XML", dir.resolve("docx"), dir.resolve("p1"));
    LibreOffice.Conversion toPdf = LibreOffice.start(docx, "pdf", dir.resolve("pdf"), dir.resolve("p2"));
    LibreOffice.Conversion toHtml = LibreOffice.start(docx, "html", dir.resolve("html"), dir.resolve("p3"));
    LibreOffice.await(toDocx);
    LibreOffice.await(toPdf);
    LibreOffice.await(toHtml);
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
   * On a machine without a CJK font (as CI's), LibreOffice exports every Chinese character as the
   * missing-glyph box, all mapped to one and the same character (the right text survives only in
   * /ActualText, which the importer does not read): such a PDF is refused with a message saying so.
   * With CJK fonts installed the PDF must come back like the others.
   */
  @ParameterizedTest
  @MethodSource("dataFiles")
  void thePdfExportedByLibreOfficeComesBackOrIsRefusedForItsBrokenTextLayer(Path data) throws Exception {
    Path pdf = dir.resolve("pdf").resolve(name(data) + ".pdf");
    if (hasCjkFont()) {
      assertComesBack(data, pdf);
      return;
    }
    NotAReport refused = org.junit.jupiter.api.Assertions.assertThrows(NotAReport.class, () -> Importer.read(pdf));
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

  private static boolean hasCjkFont() throws Exception {
    Process p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return !out.isBlank();
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
