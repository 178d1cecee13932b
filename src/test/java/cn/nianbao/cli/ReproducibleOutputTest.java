package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data gives the same DOCX and PDF bytes in two separate JVMs started at different
 * times in different time zones: a faked clock inside one JVM would miss the libraries' clocks.
 */
class ReproducibleOutputTest {
  @TempDir Path dir;

  @Test
  void twoRunsInOtherZonesAtOtherTimesGiveIdenticalBytes() throws Exception {
    render("Asia/Shanghai", dir.resolve("a"));
    Thread.sleep(2100); // a second apart at least, so that any clock time would differ
    render("America/Los_Angeles", dir.resolve("b"));
    for (Example example : Examples.ALL) {
      for (String ext : List.of(".docx", ".pdf")) {
        String name = example.name() + ext;
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
            Files.readAllBytes(dir.resolve("b").resolve(name)), name);
      }
    }
  }

  private static void render(String zone, Path out) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=" + zone, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "render", "-o", out.toString()));
    for (Example example : Examples.ALL) {
      cmd.add(example.path().toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
    int code = p.waitFor();
    assertEquals(0, code, () -> read(out.resolveSibling(out.getFileName() + ".log").toFile()));
  }

  private static String read(File log) {
    try {
      return Files.readString(log.toPath());
    } catch (Exception e) {
      return e.toString();
    }
  }
}
