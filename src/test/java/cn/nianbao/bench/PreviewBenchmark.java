package cn.nianbao.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm cost of the preview as the workbench needs it after a save: the HTML of a data file
 * that changed since the last call (the phone number in the 2021 example's 引言 takes another
 * last digit each time), bound, checked against last year and laid out. Run with
 * {@code bench/warm.sh}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Djava.awt.headless=true"})
public class PreviewBenchmark {
  private final ReportBenchmark report = new ReportBenchmark();
  private int edit;

  @Setup(Level.Trial)
  public void read() throws IOException {
    report.example = "qingshuihe-2021";
    report.read();
  }

  /** Changed data file text → checked report → the preview's HTML. */
  @Benchmark
  public byte[] previewOfAChangedFile() {
    String changed = report.data().replace("0000-1234567", "0000-123456" + (edit++ % 10));
    ReportBenchmark.Checked checked = report.checkedReport(changed);
    return report.nianbao.html(report.nianbao.document(checked.report(),
        checked.findings().hasErrors()));
  }
}
