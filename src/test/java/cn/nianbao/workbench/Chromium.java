package cn.nianbao.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through its own chromedriver at a pinned path (no driver
 * is downloaded). When either is missing the test fails, naming what to install: `./test` installs
 * both on Debian/Ubuntu.
 */
final class Chromium {
  static final Path BROWSER = Path.of(System.getProperty("nianbao.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("nianbao.chromedriver", "/usr/bin/chromedriver"));

  private Chromium() {}

  /** A new headless Chromium that records its network requests (the performance log). */
  static ChromeDriver start() {
    assertTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "the browser tests need " + BROWSER + " and " + DRIVER
            + ": apt-get install chromium chromium-driver (./test installs them)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-default-apps", "--disable-sync");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
