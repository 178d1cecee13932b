package cn.nianbao.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code src/test/resources/binder-cases} (see its README). */
class BinderCasesTest {
  private static final Path CASES = Path.of("src/test/resources/binder-cases");

  static Stream<Path> cases() throws IOException {
    return Files.list(CASES)
        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(Path data) throws IOException {
    String name = data.getFileName().toString();
    Path expectedFile = CASES.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.txt");
    if (!Files.exists(expectedFile)) {
      ReportBinder.bind(data); // must not throw
      return;
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    BindingException e = assertThrows(BindingException.class, () -> ReportBinder.bind(data));
    assertEquals(String.join("\n", expected),
        String.join("\n", e.diagnostics().stream().map(Object::toString).toList()));
  }
}
