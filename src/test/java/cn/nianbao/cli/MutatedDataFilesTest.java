package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.Report;
import cn.nianbao.model.StatTable;
import cn.nianbao.testing.DocxTables;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.PdfReading;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Fuzzing: every bundled example, mutated (lines deleted or duplicated, keys renamed, values of
 * the wrong type, unicode junk, truncation, aliases, extra documents), goes through {@code render}.
 * Whatever the input, nianbao answers with exit 0, 1 or 2, in Chinese without parser English or
 * Java class names, writes nothing unless it succeeds, and when it succeeds prints every number
 * of the data exactly.
 *
 * <p>The cases come from one fixed seed, so a failure names a case that fails again on every run.
 * CI runs {@value #DEFAULT_CASES} cases; a longer run: {@code mvn -B -ntp test
 * -Dtest=MutatedDataFilesTest -Dfuzz.cases=5000} (and {@code -Dfuzz.seed=N} for other cases).
 */
class MutatedDataFilesTest {
  /** Text a user must never see: parser English, Java exceptions and class names. */
  private static final Pattern FOREIGN = Pattern.compile(
      "Exception|Error:|\\bat [a-z]+\\.[a-z]|java\\.|com\\.fasterxml|org\\.yaml|snakeyaml"
          + "|while (parsing|scanning)|expected|found|mapping values|not allowed|Unexpected"
          + "|Usage:|Missing required|Unknown option|Unmatched argument|line \\d|column \\d");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])[+-]?\\d+(?:\\.\\d+)?(?![\\d.])");
  private static final int DEFAULT_CASES = 300;
  private static final long DEFAULT_SEED = 20261129L;
  private static Path root;
  private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

  @BeforeAll
  static void folder() throws IOException {
    root = Files.createTempDirectory("nianbao-fuzz");
  }

  @AfterAll
  static void summary() throws IOException {
    System.out.println("MutatedDataFilesTest outcomes: " + OUTCOMES);
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutatedFiles")
  void renderAnswersCleanlyAndNeverChangesANumber(Mutated mutated) throws Exception {
    Path dir = Files.createTempDirectory(root, "case");
    Path data = dir.resolve(mutated.fileName());
    Files.write(data, mutated.bytes());
    Path out = dir.resolve("out");
    CliRun cli = new CliRun();
    int code = cli.run("render", data.toString(), "-o", out.toString());
    String said = cli.out() + cli.err();
    synchronized (OUTCOMES) {
      OUTCOMES.merge("exit " + code, 1, Integer::sum);
    }
    String where = mutated.describe() + "\n--- output ---\n" + said;
    assertTrue(code == 0 || code == 1 || code == 2, "exit " + code + ": " + where);
    Matcher foreign = FOREIGN.matcher(said);
    if (foreign.find()) {
      fail("foreign text “" + foreign.group() + "”: " + where);
    }
    List<Path> written = written(out);
    if (code != 0) {
      assertEquals(List.of(), written, "files written with exit " + code + ": " + where);
      return;
    }
    assertEquals(2, written.size(), where);
    Report report = ReportBinder.bind(data);
    String base = mutated.fileName().replaceAll("\\.(yaml|yml|json)$", "");
    List<String> expected = numbers(report);
    assertEquals(sorted(expected), sorted(docxNumbers(Files.readAllBytes(out.resolve(base + ".docx")))),
        "DOCX numbers: " + where);
    List<String> inPdf = numbersIn(PdfReading.text(Files.readAllBytes(out.resolve(base + ".pdf"))));
    for (String n : expected) {
      assertTrue(inPdf.remove(n), "number " + n + " missing from the PDF: " + where);
    }
  }

  /** The cases: an example, a mutation and the mutation's own seed, all drawn from one seed. */
  static Stream<Mutated> mutatedFiles() {
    Random draw = new Random(Long.getLong("fuzz.seed", DEFAULT_SEED));
    Mutation[] mutations = Mutation.values();
    return Stream.generate(() -> Mutated.of(Examples.ALL.get(draw.nextInt(Examples.ALL.size())),
            mutations[draw.nextInt(mutations.length)], draw.nextLong()))
        .limit(Integer.getInteger("fuzz.cases", DEFAULT_CASES));
  }

  private static List<Path> written(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.toString().endsWith(".docx") || f.toString().endsWith(".pdf"))
          .toList();
    }
  }

  /** Every number the report's tables print, as printed. */
  private static List<String> numbers(Report report) {
    List<String> out = new ArrayList<>();
    for (StatTable t : List.of(report.activeDisclosure(), report.requests(), report.appeals())) {
      t.values().forEach((ref, value) -> {
        if (!value.notApplicable()) {
          out.add(value.text(t.schema().row(ref.row()).column(ref.column()).type()));
        }
      });
    }
    return out;
  }

  /** The numeric cells of the DOCX's tables. */
  private static List<String> docxNumbers(byte[] docx) throws IOException {
    List<String> out = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFTable table : doc.getTables()) {
        DocxTables.read(table).forEach(row -> row.forEach(c -> {
          if (NUMBER.matcher(c.text()).matches()) {
            out.add(c.text());
          }
        }));
      }
    }
    return out;
  }

  private static List<String> numbersIn(String text) {
    List<String> out = new ArrayList<>();
    for (String token : text.split("\\s+")) {
      if (NUMBER.matcher(token).matches()) {
        out.add(token);
      }
    }
    return out;
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }

  /** One mutated data file. */
  record Mutated(String fileName, byte[] bytes, String how) {
    static Mutated of(Examples.Example example, Mutation mutation, long seed) {
      try {
        String text = Files.readString(example.path(), StandardCharsets.UTF_8);
        Random random = new Random(seed);
        String changed = mutation.apply(text, random);
        return new Mutated(example.name() + ".yaml", changed.getBytes(StandardCharsets.UTF_8),
            example.name() + " " + mutation + " (seed " + seed + ")");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    String describe() {
      return how;
    }

    @Override
    public String toString() {
      return how;
    }
  }
}
