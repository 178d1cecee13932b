package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.Nianbao;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.workbench.Workbench;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nianbao serve} in a JVM of its own: it prints the address, serves the page, says so when
 * the same file is opened twice, and stops cleanly on the signal Ctrl-C sends.
 */
class ServeCommandTest {
  private static final Pattern ADDRESS = Pattern.compile("工作台：(http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir Path folder;

  @Test
  void servesUntilStoppedAndRefusesASecondOneOnTheSameFile() throws Exception {
    Path data = folder.resolve("qingshuihe-2021.yaml");
    Files.copy(Path.of("examples/qingshuihe-2021.yaml"), data);
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", data.toString(), "--no-open", "--no-previous")
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      Matcher address = ADDRESS.matcher(line == null ? "" : line);
      assertTrue(address.find(), "first line: " + line);
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(address.group(1))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("nianbao 工作台"));

      CliRun second = new CliRun();
      assertEquals(ExitCodes.BAD_INPUT, second.run("serve", data.toString(), "--no-open"));
      assertEquals("qingshuihe-2021.yaml 已经在另一个 nianbao serve 中打开；请使用那个页面，或先关闭它（Ctrl-C）。\n",
          second.err());

      serve.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the workbench
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "stopped");
    } finally {
      serve.destroyForcibly();
    }
    // the lock went with it: the file can be opened again
    Workbench.start(Nianbao.withFonts(FontSet.bundled()),
        new Workbench.Settings(data, year -> null, 0, null)).close();
    CliRun missing = new CliRun();
    assertEquals(ExitCodes.BAD_INPUT, missing.run("serve", folder.resolve("missing.yaml").toString(), "--no-open"));
    assertTrue(missing.err().contains("找不到数据文件"), missing.err());
  }

  @Test
  void optionsAreChecked() {
    CliRun cli = new CliRun();
    assertEquals(ExitCodes.BAD_INPUT, cli.run("serve", "examples/qingshuihe-2021.yaml", "--previous",
        "examples/qingshuihe-2020.yaml", "--no-previous"));
    assertTrue(cli.err().contains("--previous 和 --no-previous 不能同用"), cli.err());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("serve", "examples/qingshuihe-2021.yaml", "--port", "70000"));
    assertTrue(cli.err().contains("--port 应为 0 到 65535 之间的整数"), cli.err());
  }
}
