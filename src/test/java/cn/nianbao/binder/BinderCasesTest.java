package cn.nianbao.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

  /** Words the parsers' English messages are made of would show as ASCII words; only these may appear. */
  private static final Set<String> ALLOWED_WORDS = Set.of("YAML", "JSON", "UTF", "Tab", "nianbao");

  @Test
  void noExpectedMessageSpeaksTheParsersEnglish() throws IOException {
    List<Path> expectations;
    try (Stream<Path> files = Files.list(CASES)) {
      expectations = files.filter(p -> p.toString().endsWith(".expected.txt")).sorted().toList();
    }
    assertTrue(expectations.size() > 30, "cases found: " + expectations.size());
    for (Path file : expectations) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        // the user's own text (in quotes) may be anything; code points are named U+XXXX
        String message = line.replaceFirst("^[^:]+(:\\d+:\\d+)?: ", "")
            .replaceAll("U\\+[0-9A-F]{4,6}", "").replaceAll("“[^”]*”", "");
        Matcher word = Pattern.compile("[A-Za-z]{3,}").matcher(message);
        while (word.find()) {
          assertTrue(ALLOWED_WORDS.contains(word.group()),
              file.getFileName() + ": English “" + word.group() + "” in: " + line);
        }
      }
    }
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
