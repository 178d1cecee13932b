package cn.nianbao.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.Report;
import cn.nianbao.model.StatTable;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The test files under src/test/resources/edit and what a test asserts of an edited file. */
final class EditCases {
  static final Path DIR = Path.of("src/test/resources/edit");
  static final String ACTIVE = "主动公开政府信息情况";
  static final String REQUESTS = "收到和处理政府信息公开申请情况";
  static final String APPEALS = "政府信息公开行政复议、行政诉讼情况";

  private EditCases() {}

  static String read(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }

  /** The edits of a {@code .edits} file: {@code table|row|column=value} a line, {@code #} comments. */
  static List<CellEdit> edits(String name) throws IOException {
    List<CellEdit> edits = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String[] cell = line.substring(0, eq).split("\\|");
      edits.add(new CellEdit(new CellAddress(cell[0], cell[1], cell[2]), line.substring(eq + 1)));
    }
    return edits;
  }

  static CellEdit edit(String table, String row, String column, String value) {
    return new CellEdit(new CellAddress(table, row, column), value);
  }

  static Report bind(String text, String name) throws IOException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return ReportBinder.bind(name, new StringReader(body), name.endsWith(".json"));
  }

  static Optional<CellValue> cell(Report report, CellAddress address) {
    StatTable table = switch (address.table()) {
      case ACTIVE -> report.activeDisclosure();
      case REQUESTS -> report.requests();
      default -> report.appeals();
    };
    return table.get(address.row(), address.column());
  }

  /**
   * Binds the edited text and checks every edited cell reads back as typed (the last edit of a
   * cell counts), through the binder: a number, {@code /}, or blank (a derived total when blank
   * and its addends are given).
   */
  static void assertReadBack(String edited, String name, List<CellEdit> edits) throws IOException {
    Report report = bind(edited, name);
    Map<CellAddress, String> last = new LinkedHashMap<>();
    edits.forEach(e -> last.put(e.cell(), e.value()));
    last.forEach((cell, typed) -> {
      Optional<CellValue> value = cell(report, cell);
      if (typed.isBlank()) {
        assertTrue(value.isEmpty() || value.get().derived(), cell.id() + " should be blank");
      } else if (typed.equals("/")) {
        assertTrue(value.orElseThrow().notApplicable(), cell.id());
      } else {
        CellValue v = value.orElseThrow(() -> new AssertionError(cell.id() + " is blank"));
        assertFalse(v.notApplicable(), cell.id());
        assertEquals(new BigDecimal(typed), v.number(), cell.id());
        if (v.derived()) {
          return; // a derived total set to its own value: nothing is written
        }
        assertEquals(typed, edited.substring(v.span().startOffset() + (edited.startsWith("\uFEFF") ? 1 : 0),
            v.span().endOffset() + (edited.startsWith("\uFEFF") ? 1 : 0)), cell.id() + " written as typed");
      }
    });
  }
}
