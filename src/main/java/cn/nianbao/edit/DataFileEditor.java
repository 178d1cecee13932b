package cn.nianbao.edit;

import cn.nianbao.binder.BindingException;
import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Severity;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.Report;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.SumRule;
import cn.nianbao.model.TableSchema;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sets table values in a data file (YAML, or JSON when the name ends in {@code .json}) by their
 * spans, leaving every other byte as it was: comments, key order, quoting, blank lines, line ends
 * and a byte order mark. A written value is replaced exactly at its span; a blank one
 * ({@code 自然人:}) is filled at its span; a key the row lacks is added to the row's mapping in the
 * row's style (flow: into the braces; block: a line with its siblings' indentation), after the
 * nearest column before it in the official order; a row or row group the file lacks is added in
 * block style (JSON: inline) under the nearest mapping the file has, likewise in official order.
 * The result is bound again: a value the binder refuses is refused with the binder's message, and
 * nothing changes.
 */
public final class DataFileEditor {
  private static final String BOM = "\uFEFF";

  private DataFileEditor() {}

  /**
   * The data file's text with the edits applied, every other character unchanged. Several edits
   * of one cell: the last counts. An edit that changes nothing (a blank cell made blank, a derived
   * total set to its own value) is left out.
   *
   * @param text     the whole file as decoded (a leading byte order mark is kept)
   * @param fileName the file's name, for messages and to tell JSON ({@code .json}) from YAML
   * @throws EditRefused when the file does not bind, a cell is not in its format's tables, a cell
   *                     is a derived total, or a value would not bind (the binder's message)
   */
  public static String apply(String text, String fileName, List<CellEdit> edits) throws EditRefused {
    boolean bom = text.startsWith(BOM);
    String body = bom ? text.substring(1) : text;
    boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    Report before;
    try {
      before = bind(body, fileName, json);
    } catch (BindingException e) {
      throw new EditRefused(e.diagnostics());
    }
    Map<CellAddress, String> wanted = wanted(before, fileName, edits);
    if (wanted.isEmpty()) {
      return text;
    }
    List<TextEdit> plan = new ArrayList<>();
    for (StatTable table : tables(before)) {
      Map<CellAddress, String> mine = new LinkedHashMap<>();
      wanted.forEach((cell, value) -> {
        if (cell.table().equals(table.schema().dataKey())) {
          mine.put(cell, value);
        }
      });
      plan.addAll(new Planner(body, json).plan(table, mine));
    }
    String edited = TextEdit.applyAll(body, plan);
    Report after;
    try {
      after = bind(edited, fileName, json);
    } catch (BindingException e) {
      throw new EditRefused(e.diagnostics().stream().map(d -> atOriginalPlace(d, before, wanted)).toList());
    }
    wanted.forEach((cell, value) -> readBack(after, cell, value));
    return (bom ? BOM : "") + edited;
  }

  /**
   * Whether the cell is a total that nianbao computes when the data file leaves it out (a total
   * of {@code tables.yaml}'s {@code sums}). Such a cell is edited only where the file writes it;
   * where the file leaves it to be derived, see {@link #isDerived(Report, CellAddress)}.
   */
  public static boolean isDerived(FormatVersion version, CellAddress cell) {
    CellRef ref = new CellRef(cell.row(), cell.column());
    return OfficialTables.all(version).stream()
        .filter(t -> t.dataKey().equals(cell.table()))
        .flatMap(t -> t.sums().stream()).map(SumRule::total).anyMatch(ref::equals);
  }

  /**
   * Whether the bound report shows the cell as derived: a total the data file does not write and
   * nianbao computed from its addends. Editing it is refused (unless to its own value): the clerk
   * changes the addends, or writes the total in the file.
   */
  public static boolean isDerived(Report report, CellAddress cell) {
    return table(report, cell.table())
        .flatMap(t -> t.get(cell.row(), cell.column())).map(CellValue::derived).orElse(false);
  }

  /**
   * Reads {@code file}, refuses when its SHA-256 differs from {@code expectedSha256} (null: no
   * check), applies the edits, binds the result and replaces the file atomically (a temporary file
   * in the same folder, then a move). Nothing is written when nothing changes.
   *
   * @return the SHA-256 of the file's bytes as now on disk (see {@link #sha256(byte[])})
   */
  public static String write(java.nio.file.Path file, String expectedSha256, List<CellEdit> edits)
      throws EditRefused {
    return FileWrite.write(file, expectedSha256, edits);
  }

  /** SHA-256 of a file's bytes, lowercase hex: what {@link #write} compares and returns. */
  public static String sha256(byte[] bytes) {
    return FileWrite.sha256(bytes);
  }

  /**
   * SHA-256 of {@code text} encoded as UTF-8, lowercase hex: equal to {@link #sha256(byte[])} of
   * the file when {@code text} is the file's whole decoded content (byte order mark included, as
   * {@link #apply} returns it).
   */
  public static String sha256(String text) {
    return FileWrite.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Map<CellAddress, String> wanted(Report report, String file, List<CellEdit> edits)
      throws EditRefused {
    Map<CellAddress, String> wanted = new LinkedHashMap<>();
    List<Diagnostic> refused = new ArrayList<>();
    for (CellEdit edit : edits) {
      CellAddress cell = edit.cell();
      Optional<StatTable> table = table(report, cell.table());
      CellRef ref = new CellRef(cell.row(), cell.column());
      if (table.isEmpty() || !table.get().schema().hasCell(ref)) {
        refused.add(Diagnostic.dataError(file, null, "没有这一单元格：“" + cell.id() + "” 不在"
            + report.format().label() + "的表格中"));
        continue;
      }
      StatTable t = table.get();
      CellValue current = t.get(ref).orElse(null);
      if (current != null && current.derived()) {
        if (!edit.value().isBlank() && !sameValue(current, edit.value())) {
          TableSchema schema = t.schema();
          refused.add(new Diagnostic(Severity.ERROR, Diagnostic.DATA, file, t.spanOf(ref), cell,
              schema.describe(ref), schema.describe(ref) + ": 这是由各项自动计算的合计，数据文件中没有填写，"
              + "不能在此直接修改；请修改相加的各项数字", List.of()));
        }
        wanted.remove(cell);
        continue;
      }
      if (current == null && Planner.writtenSpan(t, ref) == null && edit.value().isBlank()) {
        wanted.remove(cell); // absent is blank already
        continue;
      }
      wanted.put(cell, edit.value());
    }
    if (!refused.isEmpty()) {
      throw new EditRefused(refused);
    }
    return wanted;
  }

  private static boolean sameValue(CellValue value, String typed) {
    String t = typed.strip();
    if (value.notApplicable()) {
      return t.equals(CellValue.NOT_APPLICABLE_MARK) || t.equals("不适用");
    }
    try {
      return new BigDecimal(t).compareTo(value.number()) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The binder's message about an edited cell, pointed at the cell as the file on disk has it. */
  private static Diagnostic atOriginalPlace(Diagnostic d, Report before, Map<CellAddress, String> wanted) {
    if (d.cell() == null || !wanted.containsKey(d.cell())) {
      return d;
    }
    Span original = table(before, d.cell().table())
        .map(t -> t.spanOf(new CellRef(d.cell().row(), d.cell().column()))).orElse(d.span());
    return new Diagnostic(d.severity(), d.code(), d.file(), original, d.cell(), d.cellLabel(),
        d.message(), d.related());
  }

  /** Checks that the edited file reads the value that was written: a defect here is not the clerk's. */
  private static void readBack(Report after, CellAddress cell, String typed) {
    Optional<CellValue> value = table(after, cell.table()).flatMap(t -> t.get(cell.row(), cell.column()));
    boolean ok = typed.isBlank() ? value.isEmpty() || value.get().derived()
        : value.isPresent() && !value.get().derived() && sameValue(value.get(), typed);
    if (!ok) {
      throw new IllegalStateException("edited cell " + cell.id() + " does not read back as " + typed);
    }
  }

  private static Report bind(String text, String fileName, boolean json) {
    try {
      return ReportBinder.bind(fileName, new StringReader(text), json);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string failed", e);
    }
  }

  private static List<StatTable> tables(Report report) {
    return List.of(report.activeDisclosure(), report.requests(), report.appeals());
  }

  private static Optional<StatTable> table(Report report, String dataKey) {
    return tables(report).stream().filter(t -> t.schema().dataKey().equals(dataKey)).findFirst();
  }
}
