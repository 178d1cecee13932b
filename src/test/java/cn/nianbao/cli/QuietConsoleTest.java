package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a JVM of its own (as the launchers start it), a command prints nothing of the libraries'
 * logging: the fonts are loaded before the facade is first used, so the CLI quiets logging first.
 */
class QuietConsoleTest {
  @TempDir Path dir;

  /** What a JVM of its own printed and how it ended. */
  private record Ran(int code, String out, String err) {}

  private static Ran java(String heap, String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), heap,
        "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process run = new ProcessBuilder(command).start();
    String stdout;
    String stderr;
    try (InputStream o = run.getInputStream(); InputStream e = run.getErrorStream()) {
      stdout = new String(o.readAllBytes(), StandardCharsets.UTF_8);
      stderr = new String(e.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(run.waitFor(120, TimeUnit.SECONDS));
    return new Ran(run.exitValue(), stdout, stderr);
  }

  @Test
  void theFontsCommandPrintsNoLoggingLine() throws Exception {
    Ran ran = java("-Xmx512m", "fonts");
    assertEquals(0, ran.code(), ran.out() + ran.err());
    assertEquals("", ran.err(), "no Log4j or other library line on the console");
    assertTrue(ran.out().contains("正文（官方字体 仿宋_GB2312）"), ran.out());
  }

  /**
   * A real OutOfMemoryError, injected by a heap too small to load the fonts: exit 3, one Chinese
   * line naming a log file that holds the details, and nothing written.
   */
  @Test
  void runningOutOfMemoryExitsThreeWithOneLineAndALogFile() throws Exception {
    Path out = dir.resolve("out");
    Ran ran = java("-Xmx12m", "render", "examples/qingshuihe-2021.yaml", "-o", out.toString());
    assertEquals(3, ran.code(), ran.out() + ran.err());
    assertEquals(1, ran.err().lines().count(), ran.err());
    Matcher log = Pattern.compile("^内存不足.*详细信息已写入 (\\S+)$").matcher(ran.err().strip());
    assertTrue(log.find(), ran.err());
    Path file = Path.of(log.group(1));
    assertTrue(Files.readString(file).contains("java.lang.OutOfMemoryError"));
    Files.delete(file);
    assertFalse(ran.err().contains("\tat "), "no stack trace on the console");
    if (Files.exists(out)) {
      try (var written = Files.list(out)) {
        assertEquals(List.of(), written.filter(f -> !f.getFileName().toString().startsWith("."))
            .toList());
      }
    }
  }
}
