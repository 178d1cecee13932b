package cn.nianbao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.GridCell;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.TableDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tables are written once, in {@code templates/<version>/tables.yaml}: no template spells an
 * official table label, a data key of a table, or a row or column span as a number.
 */
class TemplatesSpellNoOfficialTableTest {
  private static final Pattern NUMBERED_SPAN = Pattern.compile("(rowspan|colspan)\\s*=\\s*\"?\\d");

  @Test
  void noTemplateWritesASpanAsANumber() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path ftl : templates()) {
      List<String> lines = Files.readAllLines(ftl, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = NUMBERED_SPAN.matcher(lines.get(i));
        if (m.find()) {
          found.add(ftl + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertEquals(List.of(), found, "spans come from the table definitions");
  }

  @Test
  void noTemplateWritesAnOfficialTableLabelOrKey() throws IOException {
    Set<String> words = officialWords();
    assertFalse(words.size() < 80, "the definitions should give the scan something to look for");
    List<String> found = new ArrayList<>();
    for (Path ftl : templates()) {
      List<String> lines = Files.readAllLines(ftl, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        for (String word : words) {
          if (spells(lines.get(i), word)) {
            found.add(ftl + ":" + (i + 1) + ": “" + word + "”");
          }
        }
      }
    }
    assertEquals(List.of(), found, "official table wording belongs in tables.yaml");
  }

  @Test
  void theScanWouldSeeALabelInATemplate() {
    Set<String> words = officialWords();
    assertTrue(words.stream().anyMatch(w -> spells("<@cell>（三）不予公开</@cell>", w)));
    assertTrue(words.stream().anyMatch(w -> spells("<@cell>总计</@cell>", w)));
    assertFalse(words.stream().anyMatch(w -> spells("<@heading level=1>六、其他需要报告的事项</@heading>", w)));
    assertTrue(NUMBERED_SPAN.matcher("<@cell rowspan=22>").find());
  }

  /**
   * True when {@code line} holds {@code word}. A word of one or two characters (其他, 总计) counts
   * only standing alone, not inside a longer phrase such as 六、其他需要报告的事项.
   */
  private static boolean spells(String line, String word) {
    if (word.length() > 2) {
      return line.contains(word);
    }
    return Pattern.compile("(?<!\\p{IsHan})" + Pattern.quote(word) + "(?!\\p{IsHan})").matcher(line).find();
  }

  /** Every label, heading and data key of every table definition. */
  private static Set<String> officialWords() {
    Set<String> words = new TreeSet<>();
    for (FormatVersion v : FormatVersion.values()) {
      for (TableDefinition t : OfficialTables.definitions(v)) {
        words.add(t.heading());
        words.add(t.schema().dataKey());
        for (List<GridCell> row : t.grid()) {
          row.stream().filter(c -> c.kind() != GridCell.Kind.VALUE)
              .forEach(c -> words.addAll(List.of(c.text().split("\n"))));
        }
        for (RowSpec r : t.schema().rows()) {
          words.addAll(r.path());
          for (ColumnSpec c : r.columns()) {
            words.add(c.key());
            words.add(c.label());
          }
        }
      }
    }
    return words;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("templates"))) {
      List<Path> ftl = files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
      assertFalse(ftl.isEmpty(), "no templates found");
      return ftl;
    }
  }
}
