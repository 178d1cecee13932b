package cn.nianbao.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A workbench on a fresh copy of an example for each test, shown in one headless Chromium per
 * test class, with what the tests read from the page.
 */
abstract class BrowserTests {
  /**
   * The bound for a save to reach the panel: 2 s on a machine with a core to spare. When
   * more processes want the CPU than it has cores (other builds on a shared machine), the bound
   * grows by that ratio (load average per core), at most tenfold; the test says so.
   */
  static final Duration SAVE_TO_PANEL = saveToPanel();
  static final Duration PATIENCE = Duration.ofSeconds(20);
  static ChromeDriver browser;

  @TempDir Path folder;
  @TempDir Path locks;
  Path data;
  Workbench bench;

  private static Duration saveToPanel() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
        / Runtime.getRuntime().availableProcessors();
    double factor = Math.min(10, Math.max(1, load));
    if (factor > 1) {
      System.err.printf("WorkbenchBrowserTest: load average %.1f per core: save → panel allowed %.1f s"
          + " instead of 2 s%n", load, 2 * factor);
    }
    return Duration.ofMillis(Math.round(2000 * factor));
  }

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void open() throws Exception {
    data = Benches.copyExample(folder, "qingshuihe-2021");
    bench = Benches.open(data, locks);
    requests(); // forget earlier tests' requests
    browser.get(bench.address().toString());
    awaitShown(Files.readAllBytes(data), PATIENCE);
  }

  @AfterEach
  void close() throws Exception {
    browser.get("about:blank");
    bench.close();
  }

  /** Every URL the page asked for since the last call (Chromium's network log). */
  static List<String> requests() {
    return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("\"Network.requestWillBeSent\""))
        .map(m -> m.replaceFirst("(?s).*?\"request\":\\{.*?\"url\":\"([^\"]*)\".*", "$1"))
        .toList();
  }

  static String sorted(String text) {
    return text.codePoints().filter(c -> !Character.isWhitespace(c)).sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  /** The panel's lines: severity and code, cell, line:column. */
  static List<String> problems() {
    return script("return [...document.querySelectorAll('.nb-problem')].map(li => "
        + "li.querySelector('.code').textContent + '|' + (li.dataset.cell || '') + '|' + (li.dataset.line || ''))");
  }

  static List<String> outlined() {
    return script("return [...document.querySelectorAll('.page .cell.nb-error')].map(c => c.dataset.cell)");
  }

  /** Waits until the page shows the data file with these bytes. */
  static void awaitShown(byte[] bytes, Duration patience) {
    String sha = Hex.sha256(bytes);
    until(patience, () -> sha.equals(script("return window.nbShown ? window.nbShown.sha256 : null")));
  }

  static void until(Duration patience, Supplier<Boolean> condition) {
    new WebDriverWait(browser, patience, Duration.ofMillis(20))
        .withMessage(() -> "the panel then: " + problems() + ", shown: "
            + script("return JSON.stringify(window.nbShownLog)"))
        .until(d -> condition.get());
  }

  @SuppressWarnings("unchecked")
  static <T> T script(String js, Object... args) {
    Object result = browser.executeScript(js, args);
    return (T) result;
  }

}
