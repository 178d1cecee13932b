package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes the sample report to target/ so that it can be opened or converted by eye. */
class SampleOutputTest {
  @Test
  void writesSampleReportAndDraftToTarget() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "docx-samples"));
    for (boolean draft : new boolean[] {false, true}) {
      Path file = dir.resolve(draft ? "report-draft.docx" : "report.docx");
      try (OutputStream out = Files.newOutputStream(file)) {
        DocxRenderer.create().render(Samples.report().withDraft(draft), out);
      }
      assertTrue(Files.size(file) > 0, file::toString);
    }
  }
}
