package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleCharsetTest {
  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void stdoutEncodingComesFirst() {
    Map<String, String> props = Map.of("stdout.encoding", "GBK", "sun.stdout.encoding", "UTF-8");
    assertEquals(GBK, ConsoleCharset.choose(props::get, () -> StandardCharsets.UTF_8, StandardCharsets.UTF_8));
  }

  @Test
  void java17WindowsConsolePropertyIsUsed() {
    Map<String, String> props = Map.of("sun.stdout.encoding", "cp936");
    assertEquals(GBK, ConsoleCharset.choose(props::get, () -> null, StandardCharsets.UTF_8));
  }

  @Test
  void theConsoleItselfWhenNoPropertySaysAnything() {
    assertEquals(GBK, ConsoleCharset.choose(k -> null, () -> GBK, StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8,
        ConsoleCharset.choose(k -> null, () -> StandardCharsets.UTF_8, GBK));
  }

  @Test
  void anUnknownNameFallsThroughToTheNextSource() {
    Map<String, String> props = Map.of("stdout.encoding", "cp65001-nonsense");
    assertEquals(GBK, ConsoleCharset.choose(props::get, () -> GBK, StandardCharsets.UTF_8));
  }

  @Test
  void aCharsetWithoutChineseGivesWayToUtf8() {
    assertEquals(StandardCharsets.UTF_8,
        ConsoleCharset.choose(k -> null, () -> null, StandardCharsets.US_ASCII));
  }

  @Test
  void chineseWrittenThroughTheChosenCharsetDecodesAsGbk() {
    Charset chosen = ConsoleCharset.choose(Map.of("sun.stdout.encoding", "GBK")::get, () -> null,
        StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(bytes, true, chosen);
    assertEquals(0, Main.run(out, out, "--help"));
    String asGbk = bytes.toString(GBK);
    assertTrue(asGbk.contains("按国务院办公厅规定的格式生成"), asGbk);
    assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("国务院"));
  }

  @Test
  void jsonIsRecognisedOnTheCommandLine() {
    assertTrue(Main.printsJson("check", "a.yaml", "--format", "json"));
    assertTrue(Main.printsJson("check", "--format=json", "a.yaml"));
    assertFalse(Main.printsJson("check", "a.yaml", "--format", "text"));
    assertFalse(Main.printsJson("check", "a.yaml", "--format"));
  }
}
