package cn.nianbao.importer;

import cn.nianbao.model.Report;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** render → import of our own DOCX and PDF gives back the same report, for every example and the long report. */
class RoundTripTest {
  static Stream<Path> dataFiles() {
    return Rendered.DATA_FILES.stream();
  }

  @ParameterizedTest
  @MethodSource("dataFiles")
  void ourDocxComesBackCellForCell(Path dataFile) throws Exception {
    Report report = Rendered.report(dataFile);
    Importer.Result result = Importer.read("report.docx", Importer.Format.DOCX, Rendered.docx(report));
    Reports.assertSame(report, Reports.bind("report.yaml", result.text()), true);
  }

  @ParameterizedTest
  @MethodSource("dataFiles")
  void ourPdfComesBackCellForCell(Path dataFile) throws Exception {
    Report report = Rendered.report(dataFile);
    Importer.Result result = Importer.read("report.pdf", Importer.Format.PDF, Rendered.pdf(report));
    Reports.assertSame(report, Reports.bind("report.yaml", result.text()), true);
  }
}
