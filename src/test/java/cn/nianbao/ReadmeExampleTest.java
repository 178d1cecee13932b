package cn.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java API example is real: its code block is compiled and run in a JVM of its own
 * (as a library user runs it), must print nothing on stderr (no logging noise), and must write
 * a DOCX and a PDF that hold the report.
 */
class ReadmeExampleTest {
  @TempDir Path dir;

  private static String exampleSource() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Java API"));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertTrue(block.find(), "no java block in the README's Java API section");
    return block.group(1);
  }

  @Test
  void theReadmeExampleCompilesRunsQuietlyAndWritesTheReport() throws Exception {
    Path src = Files.writeString(dir.resolve("MakeReport.java"), exampleSource());
    String classpath = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream compilerOutput = new ByteArrayOutputStream();
    int compiled = javac.run(null, compilerOutput, compilerOutput,
        "-encoding", "UTF-8", "-cp", classpath, "-d", dir.toString(), src.toString());
    assertEquals(0, compiled, compilerOutput.toString(StandardCharsets.UTF_8));

    Path out = dir.resolve("out");
    Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run = new ProcessBuilder(launcher.toString(), "-cp", classpath + java.io.File.pathSeparator + dir,
        "MakeReport", out.toString()).start();
    String stdout;
    String stderr;
    try (InputStream o = run.getInputStream(); InputStream e = run.getErrorStream()) {
      stdout = new String(o.readAllBytes(), StandardCharsets.UTF_8);
      stderr = new String(e.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(run.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, run.exitValue(), stdout + stderr);
    assertEquals("", stderr, "a library user's console must stay quiet");
    assertEquals("", stdout, "the example report reconciles: no findings to print");

    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out.resolve("qingshuihe-2021.docx")));
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      String words = text.getText().replaceAll("\\s", ""); // the title is set on balanced lines
      assertTrue(words.contains("示例市清水河街道办事处2021年政府信息公开工作年度报告"), words);
    }
    String pdf = PdfReading.text(Files.readAllBytes(out.resolve("qingshuihe-2021.pdf"))).replaceAll("\\s", "");
    assertTrue(pdf.contains("政府信息公开行政复议、行政诉讼情况"), pdf);
    assertTrue(Files.readString(out.resolve("qingshuihe-2021.html")).contains("<html"));
    assertEquals(List.of("qingshuihe-2021.docx", "qingshuihe-2021.html", "qingshuihe-2021.pdf"),
        Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
  }
}
