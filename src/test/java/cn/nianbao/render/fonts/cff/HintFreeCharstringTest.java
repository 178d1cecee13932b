package cn.nianbao.render.fonts.cff;

import static cn.nianbao.testing.Charstrings.hintOperators;
import static cn.nianbao.testing.Charstrings.outline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.cff.Type2CharString;
import org.apache.fontbox.cff.Type2CharStringParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made charstrings for what the bundled fonts do not show (implied vstems, mask lengths at
 * byte boundaries, cntrmask, shortint and fixed operands, flex, the width on each kind of first
 * operator) and for those that must stay as they are, from {@code charstrings/cases.txt}.
 */
class HintFreeCharstringTest {
  private static final Path CASES = Path.of("src/test/resources/charstrings/cases.txt");
  private static final int DEFAULT_WIDTH = 1000;
  /** What endchar as seac draws for any base or accent: 100 200 rmoveto 50 hlineto endchar. */
  private static final byte[] COMPONENT = HexFormat.of().parseHex("eff75c15bd060e");

  /** One line of the cases file: a charstring and what it must become. */
  record Case(String line, byte[] in, byte[] out) {
    @Override
    public String toString() {
      return line;
    }
  }

  static Stream<Case> stripped() throws IOException {
    return cases("stripped: ");
  }

  static Stream<Case> kept() throws IOException {
    return cases("kept: ");
  }

  @ParameterizedTest
  @MethodSource("stripped")
  void hintsGoWhileOutlineAndWidthStay(Case c) throws IOException {
    byte[] out = HintFreeCharstring.of(c.in);
    assertEquals(HexFormat.ofDelimiter(" ").formatHex(c.out),
        HexFormat.ofDelimiter(" ").formatHex(out));
    assertTrue(hintOperators(c.in) > 0);
    assertEquals(0, hintOperators(out));
    Type2CharString before = glyph(c.in);
    Type2CharString after = glyph(out);
    assertEquals(outline(before), outline(after));
    assertEquals(before.getWidth(), after.getWidth());
  }

  @ParameterizedTest
  @MethodSource("kept")
  void unsafeOrHintlessCharstringsStayAsTheyAre(Case c) {
    assertSame(c.in, HintFreeCharstring.of(c.in));
  }

  private static Stream<Case> cases(String kind) throws IOException {
    HexFormat hex = HexFormat.ofDelimiter(" ");
    List<String> lines = Files.readAllLines(CASES);
    return lines.stream().filter(l -> l.startsWith(kind)).map(l -> {
      String[] parts = l.substring(kind.length()).split(" -> ");
      byte[] in = hex.parseHex(parts[0]);
      return new Case(l, in, parts.length > 1 ? hex.parseHex(parts[1]) : in);
    });
  }

  /** The charstring as FontBox draws it, in a font whose default width is 1000. */
  private static Type2CharString glyph(byte[] charString) throws IOException {
    List<Object> sequence = new Type2CharStringParser("test")
        .parse(charString, new byte[0][], new byte[0][], "glyph");
    return new Type2CharString(name -> glyph(COMPONENT), "test", "glyph", 0, sequence,
        DEFAULT_WIDTH, 0);
  }
}
