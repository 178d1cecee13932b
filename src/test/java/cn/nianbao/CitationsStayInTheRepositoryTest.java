package cn.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts the code relies on are in the repository ({@code docs/format.md}): no source file or
 * template cites a document outside it, and every {@code docs/format.md §N} cited exists.
 */
class CitationsStayInTheRepositoryTest {
  /** Ways of pointing outside the repository: the old specification's name, sibling folders, absolute paths. */
  private static final Pattern OUTSIDE =
      Pattern.compile("official-format\\.md|\\.\\./shared|/work/|shared/(format|guides)/");
  private static final Pattern FORMAT_SECTION = Pattern.compile("docs/format\\.md §(\\d+(?:\\.\\d+)?)");

  @Test
  void noSourceOrTemplateCitesADocumentOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : textFiles()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = OUTSIDE.matcher(lines.get(i));
        if (m.find()) {
          found.add(file + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), found, "cite docs/format.md instead");
  }

  @Test
  void everyCitedSectionOfTheFormatDocumentExists() throws IOException {
    String format = Files.readString(Path.of("docs/format.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    int cited = 0;
    for (Path file : textFiles()) {
      Matcher m = FORMAT_SECTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        cited++;
        if (!Pattern.compile("(?m)^#+ §" + Pattern.quote(m.group(1)) + " ").matcher(format).find()) {
          missing.add(file + ": §" + m.group(1));
        }
      }
    }
    assertTrue(cited > 5, "the code should cite the format document");
    assertEquals(List.of(), missing);
  }

  @Test
  void thePatternSeesACitationOutside() {
    assertTrue(OUTSIDE.matcher("// grids: official-format.md §3.2").find());
    assertTrue(OUTSIDE.matcher("see ../shared/format/x.md").find());
  }

  private static List<Path> textFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String root : List.of("src", "templates")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        files.filter(Files::isRegularFile).filter(CitationsStayInTheRepositoryTest::isText).sorted().forEach(out::add);
      }
    }
    out.remove(Path.of("src/test/java/cn/nianbao/CitationsStayInTheRepositoryTest.java"));
    return out;
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    if (!name.matches(".*\\.(java|ftl|yaml|yml|json|md|txt|py|properties)$")) {
      return false;
    }
    try {
      Files.readString(file, StandardCharsets.UTF_8);
      return true;
    } catch (MalformedInputException e) {
      return false;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
