package cn.nianbao.bench;

import cn.nianbao.Nianbao;
import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.validate.Findings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm cost of one report in a long-running process (a batch, the workbench), through the
 * facade as {@code render} and {@code preview} use it: the data file's text is bound, checked
 * (against last year's file when the example has one), laid out, and made into the DOCX and the
 * PDF in memory ({@link PreviewBenchmark}: the preview). Every fork runs with the batch's heap
 * limit ({@code -Xmx256m}). Run with {@code bench/warm.sh}; not a test.
 *
 * <p>The warm-up is long (30 s): on two cores the optimizing compiler takes 20 to 30 seconds to
 * finish with a report's code (some of OpenPDF's and SnakeYAML's methods take over a second each),
 * and a shorter warm-up measures the compiler at work rather than the warm process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Djava.awt.headless=true"})
public class ReportBenchmark {
  /** The example data file (under {@code examples/}, without {@code .yaml}). */
  @Param({"hancongou-2020", "qingshuihe-2021"})
  public String example;

  final Nianbao nianbao = Nianbao.create();
  private String data;
  private String previousData;

  @Setup(Level.Trial)
  public void read() throws IOException {
    Path file = Path.of("examples", example + ".yaml");
    data = Files.readString(file, StandardCharsets.UTF_8);
    Path previous = file.resolveSibling(example.replace("2021", "2020") + ".yaml");
    previousData = example.endsWith("2021") ? Files.readString(previous, StandardCharsets.UTF_8)
        : null;
    render(data); // fails here, before any measurement, if the example does not render
  }

  /** Data file text → checked report → DOCX and PDF bytes. */
  @Benchmark
  public int docxAndPdf() {
    return render(data);
  }

  /**
   * The same on every core at once, as {@code render <folder>} runs: per-report time while both
   * cores render (the batch's throughput is threads / this).
   */
  @Benchmark
  @Threads(Threads.MAX)
  public int docxAndPdfOnEveryCore() {
    return render(data);
  }

  /** The example's data file text. */
  String data() {
    return data;
  }

  /** Renders as {@code render} does; returns the bytes made, which JMH consumes. */
  private int render(String text) {
    Checked checked = checkedReport(text);
    if (checked.findings().hasErrors()) {
      throw new IllegalStateException(example + ": " + checked.findings().errors());
    }
    Document document = nianbao.document(checked.report(), false);
    return nianbao.docx(document).length + nianbao.pdf(document).length;
  }

  record Checked(Report report, Findings findings) {}

  Checked checkedReport(String text) {
    Nianbao.Loaded loaded = nianbao.load(example + ".yaml", new StringReader(text), false);
    if (!loaded.ok()) {
      throw new IllegalStateException(loaded.diagnostics().toString());
    }
    Report previous = previousData == null ? null : nianbao.load(
        example.replace("2021", "2020") + ".yaml", new StringReader(previousData), false).report();
    return new Checked(loaded.report(), nianbao.check(loaded.report(), previous));
  }
}
