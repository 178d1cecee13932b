package cn.nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code src/test/resources/check-cases} (see its README). */
class CheckCasesTest {
  private static final Path CASES = Path.of("src/test/resources/check-cases");

  static Stream<Path> cases() throws IOException {
    return Files.list(CASES)
        .filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".previous.yaml"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findsExactlyTheExpectedProblems(Path data) throws IOException {
    String name = data.getFileName().toString();
    String base = name.substring(0, name.length() - ".yaml".length());
    Path previousFile = CASES.resolve(base + ".previous.yaml");
    Report previous = Files.exists(previousFile) ? ReportBinder.bind(previousFile) : null;
    Findings findings = Checker.check(ReportBinder.bind(data), previous, name);
    Path expectedFile = CASES.resolve(base + ".expected.txt");
    List<String> expected = Files.exists(expectedFile)
        ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8) : List.of();
    assertEquals(String.join("\n", expected), String.join("\n", lines(name, findings)));
  }

  /** As the command line prints them: {@code file:line:column: 错误 C1: …}, or {@code file: …}. */
  static List<String> lines(String file, Findings findings) {
    return findings.findings().stream()
        .map(f -> f.inFile(file).toString()).toList();
  }
}
