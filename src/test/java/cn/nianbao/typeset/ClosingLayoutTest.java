package cn.nianbao.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** GB/T 9704-2012 §7.3.5.2: signature 右空二字, date's first character two characters right. */
class ClosingLayoutTest {
  @Test
  void countsCjkAsOneAndAsciiAsHalf() {
    assertEquals(8, ClosingLayout.width("寒葱沟镇人民政府"));
    assertEquals(6.5, ClosingLayout.width("2021年1月20日"));
  }

  @Test
  void shorterDateStartsTwoCharactersRightOfTheSignature() {
    ClosingLayout layout = ClosingLayout.of("寒葱沟镇人民政府", "2021年1月20日");
    assertEquals(2, layout.signatureIndent());
    assertEquals(1.5, layout.dateIndent());
    assertDateStartsTwoRight(layout, 8, 6.5);
  }

  @Test
  void longerDateGetsTwoCharacterIndentAndTheSignatureMovesLeft() {
    ClosingLayout layout = ClosingLayout.of("某某局", "2021年12月31日");
    assertEquals(2, layout.dateIndent());
    assertEquals(2 + 7 + 2 - 3, layout.signatureIndent());
    assertDateStartsTwoRight(layout, 3, 7);
  }

  private static void assertDateStartsTwoRight(ClosingLayout l, double sig, double date) {
    // distance of each line's first character from the right margin
    assertEquals(l.signatureIndent() + sig - 2, l.dateIndent() + date);
  }
}
