package cn.nianbao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.template.ReportTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data files are archives too: every data file of every release (examples and test cases, under
 * {@code src/test/resources/corpus/<release>/}) must keep binding and give the same document
 * text ({@code NAME.document.txt}). A missing text file is written for review and fails the test.
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

  static List<Path> dataFiles() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
          .sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("dataFiles")
  void eachDataFileOfEveryReleaseStillGivesTheSameDocumentText(Path data) throws Exception {
    String text = DocumentText.of(ReportTemplates.bundled().produce(ReportBinder.bind(data)));
    String name = data.getFileName().toString();
    Path expected = data.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".document.txt");
    if (!Files.exists(expected)) {
      Files.writeString(expected, text);
      fail("wrote " + expected + ": review it and commit it");
    }
    assertEquals(Files.readString(expected), text, data.toString());
  }

  @org.junit.jupiter.api.Test
  void theCorpusHoldsTheExamplesAndTheTestCases() throws IOException {
    List<Path> files = dataFiles();
    assertFalse(files.isEmpty());
    for (Path example : List.of(Path.of("examples", "hancongou-2020.yaml"),
        Path.of("examples", "qingshuihe-2021.yaml"))) {
      assertFalse(files.stream().noneMatch(f -> f.getFileName().equals(example.getFileName())),
          example + " is not in the corpus");
    }
  }
}
