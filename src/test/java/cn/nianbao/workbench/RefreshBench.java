package cn.nianbao.workbench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The refresh benchmark (run by {@code bench/refresh.sh}; not a test): saves a copy of each
 * example N times — alternately in place (truncate, then write) and as a temporary file renamed
 * over it, as editors do — and reads in Chromium the time at which the page displayed the new
 * content ({@code window.nbShownLog}, recorded by the page in the frame that shows it). Prints
 * the median and p95 of save → shown, per example and over all.
 */
public final class RefreshBench {
  private static final String WAIT = """
      const [sha, done] = arguments;
      const poll = () => {
        const hit = (window.nbShownLog || []).find(s => s.sha256 === sha);
        if (hit) done(hit.at); else setTimeout(poll, 1);
      };
      poll();
      """;

  /** The start of the first plain paragraph (a list item of text, not a 小标题). */
  private static final Pattern PARAGRAPH = Pattern.compile("(?m)^(\\s+- )(?!小标题)(?=\\p{IsHan})");

  private RefreshBench() {}

  public static void main(String[] args) throws Exception {
    int saves = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    List<String> examples = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
        : List.of("hancongou-2020", "qingshuihe-2020", "qingshuihe-2021");
    ChromeDriver browser = Chromium.start();
    List<Double> all = new ArrayList<>();
    try {
      System.out.printf("save → shown in Chromium, %d saves per example after 5 to warm up (ms)%n", saves);
      System.out.printf("%-18s %8s %8s %8s %8s%n", "example", "median", "p95", "min", "max");
      for (String example : examples) {
        List<Double> times = run(browser, example, saves);
        all.addAll(times);
        print(example, times);
      }
      print("all", all);
    } finally {
      browser.quit();
    }
  }

  private static List<Double> run(ChromeDriver browser, String example, int saves) throws Exception {
    Path folder = Files.createTempDirectory("nianbao-bench");
    Path data = folder.resolve(example + ".yaml");
    Files.copy(Path.of("examples", example + ".yaml"), data);
    String original = Files.readString(data, StandardCharsets.UTF_8);
    List<Double> times = new ArrayList<>();
    try (Workbench bench = Benches.open(data, folder.resolve("locks"))) {
      browser.get(bench.address().toString());
      shownAt(browser, Files.readAllBytes(data));
      for (int i = 0; i < saves + 5; i++) {
        // the first paragraph says which save it is: the pages change, the report stays valid
        String text = PARAGRAPH.matcher(original).replaceFirst("$1第" + i + "次保存：");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Thread.sleep(250);
        double saved = epochMillis();
        if (i % 2 == 0) {
          Files.write(data, bytes);
        } else {
          Path temp = folder.resolve("." + example + ".yaml.tmp");
          Files.write(temp, bytes);
          Files.move(temp, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        double shown = shownAt(browser, bytes);
        if (i >= 5) {
          times.add(shown - saved);
        }
      }
    }
    return times;
  }

  private static double shownAt(ChromeDriver browser, byte[] bytes) {
    return ((Number) browser.executeAsyncScript(WAIT, Hex.sha256(bytes))).doubleValue();
  }

  private static double epochMillis() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
  }

  private static void print(String name, List<Double> times) {
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf("%-18s %8.0f %8.0f %8.0f %8.0f%n", name, percentile(sorted, 50),
        percentile(sorted, 95), sorted[0], sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile. */
  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
