package cn.nianbao.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a clerk gets it: {@code target/nianbao-<version>.zip}, unpacked into an
 * empty folder and run with nothing but a Java runtime (no Maven, no source tree). Runs after
 * {@code package} (maven-failsafe-plugin), so it tests the zip that was just built.
 */
class DistributionIT {
  @TempDir static Path unpacked;
  static Path home;

  @BeforeAll
  static void unzip() throws IOException {
    Path zip = Path.of(System.getProperty("nianbao.zip"));
    assertTrue(Files.isRegularFile(zip), "no distribution at " + zip);
    // zipfs keeps the Unix permissions the zip records, so bin/nianbao stays executable.
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
        Stream<Path> all = Files.walk(fs.getPath("/"))) {
      for (Path p : all.toList()) {
        Path target = unpacked.resolve(p.toString().substring(1));
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
          Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
        }
      }
    }
    try (Stream<Path> top = Files.list(unpacked)) {
      home = top.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    assertTrue(home.getFileName().toString().startsWith("nianbao-"), home.toString());
  }

  @Test
  void holdsLaunchersOneJarExamplesAndTheGuide() throws IOException {
    assertTrue(Files.isExecutable(home.resolve("bin/nianbao")));
    assertTrue(Files.isRegularFile(home.resolve("bin/nianbao.cmd")));
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      assertEquals(List.of("nianbao.jar"), lib.map(p -> p.getFileName().toString()).toList());
    }
    assertTrue(Files.isRegularFile(home.resolve("examples/qingshuihe-2021.yaml")));
    assertTrue(Files.isRegularFile(home.resolve("examples/hancongou-2020.yaml")));
    assertTrue(Files.isRegularFile(home.resolve("docs/使用指南.md")));
    assertTrue(Files.isRegularFile(home.resolve("schemas/nianbao-2019.schema.json")));
    assertTrue(Files.isRegularFile(home.resolve("schemas/nianbao-2021.schema.json")));
    assertTrue(Files.isRegularFile(home.resolve("licenses/LICENSE-Fandol-GPL.txt")));
  }

  @Test
  void shellLauncherRendersAnExampleWithOnlyTheJdkOnThePath() throws Exception {
    Run run = run(home, Map.of("PATH", javaBin()), home.resolve("bin/nianbao").toString(),
        "render", "examples/qingshuihe-2021.yaml", "-o", "报告");
    assertEquals(0, run.code, run.text(StandardCharsets.UTF_8));
    assertTrue(run.text(StandardCharsets.UTF_8).contains("已生成"), run.text(StandardCharsets.UTF_8));
    assertDocuments(home.resolve("报告"), "qingshuihe-2021");
  }

  @Test
  void aNewFileInAFolderBesideTheToolNamesTheShippedSchema() throws Exception {
    Path work = Files.createDirectories(unpacked.resolve("年报"));
    Run run = run(work, Map.of("PATH", javaBin()), home.resolve("bin/nianbao").toString(),
        "new", "实验镇-2024.yaml", "--机关", "示例县实验镇人民政府", "--年度", "2024");
    assertEquals(0, run.code, run.text(StandardCharsets.UTF_8));
    String first = Files.readAllLines(work.resolve("实验镇-2024.yaml")).get(0);
    String ref = first.substring(first.indexOf("$schema=") + "$schema=".length());
    assertTrue(Files.isRegularFile(work.resolve(ref)), first);
    assertTrue(ref.endsWith("schemas/nianbao-2021.schema.json"), first);
  }

  @Test
  void shellLauncherRunsTheQuickCompilerAndAddsNianbaoJavaOpts() throws Exception {
    Run run = run(home, Map.of("PATH", javaBin(),
            "NIANBAO_JAVA_OPTS", "-Xmx256m -XX:+PrintCommandLineFlags", "NIANBAO_CDS", "0"),
        home.resolve("bin/nianbao").toString(), "--version");
    String said = run.text(StandardCharsets.UTF_8);
    assertEquals(0, run.code, said);
    assertTrue(said.contains("-XX:TieredStopAtLevel=1"), said);
    assertTrue(said.contains("-XX:MaxHeapSize=268435456"), said);
    // transparent huge pages where Linux gives them on request, not where Java would warn
    Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    String mode = Files.isReadable(thp) ? Files.readString(thp) : "";
    assertEquals(mode.contains("[madvise]") || mode.contains("[always]"),
        said.contains("-XX:+UseTransparentHugePages"), mode + said);
  }

  @Test
  void shellLauncherSaysWhereToGetJavaWhenThereIsNone() throws Exception {
    Run run = run(home, Map.of("PATH", unpacked.resolve("no-such-folder").toString()),
        home.resolve("bin/nianbao").toString(), "--help");
    assertEquals(3, run.code);
    String said = run.text(StandardCharsets.UTF_8);
    assertTrue(said.contains("找不到 Java") && said.contains("Java 17"), said);
  }

  @Test
  void theJarRunsAloneFromAnotherFolder(@TempDir Path jarDir, @TempDir Path work) throws Exception {
    Path jar = Files.copy(home.resolve("lib/nianbao.jar"), jarDir.resolve("nianbao.jar"));
    Files.copy(home.resolve("examples/hancongou-2020.yaml"), work.resolve("hancongou-2020.yaml"));
    Run run = run(work, Map.of(), java(), "-jar", jar.toString(), "render", "hancongou-2020.yaml",
        "-o", "out");
    assertEquals(0, run.code, run.text(StandardCharsets.UTF_8));
    assertDocuments(work.resolve("out"), "hancongou-2020");
    try (Stream<Path> beside = Files.list(jarDir)) {
      assertEquals(List.of(jar), beside.toList());
    }
  }

  @Test
  void aGbkConsoleGetsGbkAndJsonStaysUtf8() throws Exception {
    String jar = home.resolve("lib/nianbao.jar").toString();
    Run help = run(home, Map.of(), java(), "-Dsun.stdout.encoding=GBK", "-jar", jar, "--help");
    assertEquals(0, help.code);
    assertTrue(help.text(Charset.forName("GBK")).contains("按国务院办公厅规定的格式生成政府信息公开工作年度报告"),
        help.text(Charset.forName("GBK")));
    assertFalse(help.text(StandardCharsets.UTF_8).contains("国务院"));

    Run json = run(home, Map.of(), java(), "-Dsun.stdout.encoding=GBK", "-jar", jar, "check",
        "examples/qingshuihe-2021.yaml", "--format", "json");
    assertEquals(0, json.code, json.text(StandardCharsets.UTF_8));
    assertTrue(json.text(StandardCharsets.UTF_8).contains("\"previous\" : \"qingshuihe-2020.yaml\""),
        json.text(StandardCharsets.UTF_8));
    assertTrue(json.text(StandardCharsets.UTF_8).contains("对照上年数据"));
  }

  @Test
  void theClassDataArchiveIsMadeOnFirstUseAndJsonStaysClean(@TempDir Path user) throws Exception {
    // the JDK and the system's usual tools (cksum, find, mkdir, mv, rm)
    String path = javaBin() + java.io.File.pathSeparator + System.getenv("PATH");
    Map<String, String> env = Map.of("PATH", path, "HOME", user.toString());
    Path cache = user.resolve(".cache/nianbao");
    Run render = run(home, env, home.resolve("bin/nianbao").toString(), "render",
        "examples/qingshuihe-2021.yaml", "-o", user.resolve("out").toString());
    assertEquals(0, render.code, render.text(StandardCharsets.UTF_8));
    // only what the render itself says: the second JVM that makes the archive is not heard
    assertTrue(render.text(StandardCharsets.UTF_8).lines()
            .allMatch(l -> l.startsWith("examples/qingshuihe-2021.yaml") || l.startsWith("  ")),
        render.text(StandardCharsets.UTF_8));
    assertEquals(List.of(".jsa", ".path"), cacheFiles(cache).stream()
        .map(f -> f.substring(f.lastIndexOf('.'))).toList(), "the archive whole, nothing half-made");

    // picocli's classes (compiled for Java 5, which only a static archive can hold) come from it
    Map<String, String> logging = new HashMap<>(env);
    logging.put("NIANBAO_JAVA_OPTS", "-Xlog:class+load=info");
    Run version = run(home, logging, home.resolve("bin/nianbao").toString(), "--version");
    assertEquals(0, version.code, version.text(StandardCharsets.UTF_8));
    assertTrue(version.text(StandardCharsets.UTF_8).lines()
            .anyMatch(l -> l.endsWith(" picocli.CommandLine source: shared objects file")),
        version.text(StandardCharsets.UTF_8));

    for (int i = 0; i < 2; i++) { // check maps the archive and leaves it as it is
      Run json = run(home, env, home.resolve("bin/nianbao").toString(), "check",
          "examples/qingshuihe-2021.yaml", "--format", "json");
      assertEquals(0, json.code, json.text(StandardCharsets.UTF_8));
      // stdout and stderr together: not one line of the JVM's own may get in
      new ObjectMapper().readTree(json.out);
      assertEquals(2, cacheFiles(cache).size(), cacheFiles(cache).toString());
    }
  }

  @Test
  void aRenderThatFailsOrWritesNothingMakesNoArchive(@TempDir Path user) throws Exception {
    String path = javaBin() + java.io.File.pathSeparator + System.getenv("PATH");
    Map<String, String> env = Map.of("PATH", path, "HOME", user.toString());
    Run render = run(home, env, home.resolve("bin/nianbao").toString(), "render",
        "examples/没有这个文件.yaml", "-o", user.resolve("out").toString());
    assertTrue(render.code != 0, render.text(StandardCharsets.UTF_8));
    assertEquals(List.of(), cacheFiles(user.resolve(".cache/nianbao")));
    // passes, but loads too few classes for an archive worth keeping until the next update
    Run help = run(home, env, home.resolve("bin/nianbao").toString(), "render", "--help");
    assertEquals(0, help.code, help.text(StandardCharsets.UTF_8));
    assertEquals(List.of(), cacheFiles(user.resolve(".cache/nianbao")));
  }

  @Test
  void recordingAnArchiveRemovesThoseOfJarsThatAreGone(@TempDir Path user) throws Exception {
    String path = javaBin() + java.io.File.pathSeparator + System.getenv("PATH");
    Map<String, String> env = Map.of("PATH", path, "HOME", user.toString());
    Path cache = Files.createDirectories(user.resolve(".cache/nianbao"));
    Path otherJar = Files.createDirectories(user.resolve("other/lib")).resolve("nianbao.jar");
    Files.write(otherJar, new byte[] {1});
    Files.write(cache.resolve("cds-1.jsa"), new byte[] {1}); // an older launcher's: no .path
    Files.write(cache.resolve("cds-2.jsa"), new byte[] {2});
    Files.writeString(cache.resolve("cds-2.path"), user.resolve("gone/lib/nianbao.jar") + "\n");
    Files.write(cache.resolve("cds-3.jsa"), new byte[] {3});
    Files.writeString(cache.resolve("cds-3.path"), otherJar + "\n");

    Run render = run(home, env, home.resolve("bin/nianbao").toString(), "render",
        "examples/qingshuihe-2021.yaml", "-o", user.resolve("out").toString());

    assertEquals(0, render.code, render.text(StandardCharsets.UTF_8));
    List<String> left = cacheFiles(cache);
    assertEquals(4, left.size(), left.toString()); // the new archive and its .path, and cds-3's
    assertTrue(left.containsAll(List.of("cds-3.jsa", "cds-3.path")), left.toString());
    String made = left.stream().filter(f -> f.endsWith(".path") && !f.equals("cds-3.path"))
        .findFirst().orElseThrow();
    assertEquals(home.resolve("lib/nianbao.jar").toRealPath().toString(),
        Files.readString(cache.resolve(made)).strip());
  }

  @Test
  void windowsLauncherFindsJavaSetsTheCharsetAndPassesArgumentsThrough() throws IOException {
    byte[] bytes = Files.readAllBytes(home.resolve("bin/nianbao.cmd"));
    String cmd = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(cmd.startsWith("@echo off\r\n"));
    assertFalse(cmd.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    assertTrue(cmd.contains("%JAVA_HOME%\\bin\\java.exe"));
    assertTrue(cmd.contains("%%~$PATH:j"), "falls back to java.exe on the PATH");
    assertTrue(cmd.contains("('chcp')"), "reads the console's code page");
    assertTrue(cmd.contains("-Dstdout.encoding=%NB_CHARSET%"));
    assertTrue(cmd.contains("set \"NB_JAR=%~dp0..\\lib\\nianbao.jar\""));
    assertTrue(cmd.contains("-jar \"%NB_JAR%\" %*\r\n"), "passes every argument through");
    assertTrue(cmd.contains("-XX:DumpLoadedClassList=") && cmd.contains("-Xshare:dump")
            && cmd.contains("-XX:SharedArchiveFile="),
        "makes a static class-data archive on first use and uses it after");
    assertFalse(cmd.contains("-XX:ArchiveClassesAtExit="), "a dynamic archive cannot hold picocli");
    assertTrue(cmd.contains("-Xlog:cds=off -Xlog:cds+dynamic=off"), "never prints JVM warnings");
    assertTrue(cmd.contains("exit /b %ERRORLEVEL%"), "hands back nianbao's exit code");
    assertTrue(cmd.contains("-XX:TieredStopAtLevel=1 %NIANBAO_JAVA_OPTS%"),
        "the quick compiler, and the user's JVM options");
    int chinese = cmd.indexOf("找不到 Java");
    assertTrue(chinese > cmd.indexOf("chcp 65001"), "Chinese is echoed only after switching to UTF-8");
    assertTrue(cmd.contains("Java 17"));
    assertTrue(cmd.contains("for %%o in (1 5 6 7 8 9 10 11 12 13 14 15 16) do if \"%NB_MAJOR%\"==\"%%o\" goto oldjava"),
        "a Java older than 17 is named as such");
    assertTrue(cmd.indexOf("找到的 Java 版本过低") > cmd.indexOf(":oldjava\r\nchcp 65001"));
  }

  /** The names of the files in the launcher's cache folder, sorted; none when it is not there. */
  private static List<String> cacheFiles(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertDocuments(Path dir, String name) throws IOException {
    byte[] docx = Files.readAllBytes(dir.resolve(name + ".docx"));
    byte[] pdf = Files.readAllBytes(dir.resolve(name + ".pdf"));
    assertEquals("PK", new String(docx, 0, 2, StandardCharsets.ISO_8859_1));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }

  /** Runs a command in {@code dir} with exactly the given environment; stdout and stderr merged. */
  private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command)))
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    return new Run(p.waitFor(), out);
  }

  private record Run(int code, byte[] out) {
    String text(Charset charset) {
      return new String(out, charset);
    }
  }
}
