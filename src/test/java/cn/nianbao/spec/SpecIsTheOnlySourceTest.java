package cn.nianbao.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No renderer or typesetting class defines a typographic figure (size, pitch, spacing, font
 * name, draft text): they all come from {@link Spec}. Scans the sources.
 */
class SpecIsTheOnlySourceTest {
  private static final Path MAIN = Path.of("src/main/java/cn/nianbao");
  private static final Path SPEC = MAIN.resolve("spec/Spec.java");
  /** The packages that lay out and draw: every number there must be named in the spec. */
  private static final List<Path> LAYOUT = List.of(MAIN.resolve("typeset"),
      MAIN.resolve("render/pdf"), MAIN.resolve("render/docx"), MAIN.resolve("render/html"));
  private static final Pattern FONT_NAMES = Pattern.compile(
      "仿宋|黑体|楷体|小标宋|宋体|Fandol|Noto|Liberation|Times New Roman|FangSong|SimHei|KaiTi|SimSun");
  private static final Pattern DRAFT = Pattern.compile("草稿|未经核对");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\w.])(\\d+\\.\\d+[fFdD]?|\\d+[fFdDlL]|0[xX][0-9A-Fa-f]+|\\d+)(?![\\w.])");
  /** Numbers that are units or counts of a file format, not typographic figures. */
  private static final Map<String, Set<String>> UNITS = Map.of(
      "Twips.java", Set.of("100"), // w:firstLineChars counts hundredths of a character
      "StyleSheet.java", Set.of("240"), // w:line of rule auto counts 240ths of a line
      "TitleLines.java", Set.of("8"), // break penalty of a title, not a length
      "TableHtml.java", Set.of("100"), // percent
      "PageStyle.java", Set.of("3"), // CSS numbers keep three decimals (DECIMALS)
      "PdfBytes.java", Set.of("6", "0xff", "26", "10"), // a tag is six letters A–Z; decimal /Length
      "DocxPackage.java", Set.of("2000")); // the fixed date of the package's zip entries

  @Test
  void noFontNameOutsideTheSpec() {
    assertEquals(List.of(), find(List.of(MAIN), FONT_NAMES, false));
  }

  @Test
  void noDraftTextInTheLayoutOutsideTheSpec() {
    assertEquals(List.of(), find(LAYOUT, DRAFT, false));
  }

  @Test
  void noTypographicNumberInTheLayoutOutsideTheSpec() {
    assertEquals(List.of(), find(LAYOUT, NUMBER, true));
  }

  /** "file:line: match" for each match in code (strings included unless {@code codeOnly}). */
  private static List<String> find(List<Path> roots, Pattern pattern, boolean codeOnly) {
    List<String> hits = new ArrayList<>();
    for (Path root : roots) {
      for (Path file : javaFiles(root)) {
        if (file.equals(SPEC)) {
          continue;
        }
        String[] lines = strip(read(file), codeOnly).split("\n", -1);
        Set<String> allowed = UNITS.getOrDefault(file.getFileName().toString(), Set.of());
        for (int i = 0; i < lines.length; i++) {
          Matcher m = pattern.matcher(lines[i]);
          while (m.find()) {
            String hit = m.group();
            boolean trivial = codeOnly && (Set.of("0", "1", "2").contains(hit) || allowed.contains(hit));
            if (!trivial) {
              hits.add(file + ":" + (i + 1) + ": " + hit);
            }
          }
        }
      }
    }
    return hits;
  }

  /** Comments removed (keeping line numbers); string and char literals too when {@code codeOnly}. */
  static String strip(String source, boolean codeOnly) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else if (source.startsWith("\"\"\"", i) || c == '"' || c == '\'') {
        String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
        int end = i + quote.length();
        while (end < n && !source.startsWith(quote, end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + quote.length());
        String literal = source.substring(i, end);
        out.append(codeOnly ? literal.replaceAll("[^\n]", "") : literal);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
