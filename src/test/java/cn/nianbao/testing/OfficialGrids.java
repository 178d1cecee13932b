package cn.nianbao.testing;

import cn.nianbao.document.Cell;
import cn.nianbao.document.Row;
import cn.nianbao.document.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official table grids of {@code src/test/resources/official-grids} and the example values
 * of {@code src/test/resources/golden}, combined into the exact lines a rendered table must read
 * as: one line per row, cells as {@code text{rows,cols}} separated by {@code " | "}.
 */
public final class OfficialGrids {
  private OfficialGrids() {}

  /** The expected lines of table {@code number} (2, 3 or 4) of an example, values filled in. */
  public static List<String> expected(int formatVersion, int number, String example) {
    Deque<String> values = new ArrayDeque<>(goldenValues(example).get("表" + "一二三四".charAt(number - 1)));
    List<String> lines = new ArrayList<>();
    for (String line : resource("/official-grids/" + formatVersion + "-table" + number + ".txt")) {
      if (line.startsWith(";") || line.isBlank()) {
        continue;
      }
      lines.add(fillValues(line, values));
    }
    if (!values.isEmpty()) {
      throw new IllegalStateException("golden has more values than the grid: " + values);
    }
    return lines;
  }

  /** A model table as grid lines. */
  public static List<String> lines(Table table) {
    List<String> lines = new ArrayList<>();
    for (Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (Cell c : row.cells()) {
        cells.add(cell(c.text(), c.rowSpan(), c.colSpan()));
      }
      lines.add(String.join(" | ", cells));
    }
    return lines;
  }

  /** One cell in grid-line form. */
  public static String cell(String text, int rowSpan, int colSpan) {
    String spans = rowSpan == 1 && colSpan == 1 ? "" : "{" + rowSpan + "," + colSpan + "}";
    return text.replace("\n", "\\n") + spans;
  }

  private static String fillValues(String line, Deque<String> values) {
    String[] cells = line.split(" \\| ", -1);
    List<String> out = new ArrayList<>();
    for (String cell : cells) {
      out.add(cell.startsWith("#") ? values.removeFirst() + cell.substring(1) : cell);
    }
    return String.join(" | ", out);
  }

  /** Table name (表二…) → value cells in document order. */
  private static Map<String, List<String>> goldenValues(String example) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : resource("/golden/" + example + ".values.txt")) {
      if (line.startsWith(";") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("[")) {
        current = new ArrayList<>();
        tables.put(line.substring(1, line.length() - 1), current);
      } else {
        current.addAll(List.of(line.split(" ")));
      }
    }
    return tables;
  }

  private static List<String> resource(String name) {
    try (InputStream in = OfficialGrids.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
