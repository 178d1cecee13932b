package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The finishing pass keeps every offset and removes everything random OpenPDF writes. */
class PdfBytesTest {
  private static String pdf(String tag, String id, String glyphs) {
    return "%PDF-1.7\n"
        + "7 0 obj\n<</Length 6>>stream\n" + glyphs + "\nendstream\nendobj\n"
        + "8 0 obj\n<</Type/FontDescriptor/Style<</Panose<0801>>>/FontFile3 7 0 R"
        + "/FontName/" + tag + "+Song-Identity-H/CIDSet 9 0 R>>\nendobj\n"
        + "10 0 obj\n<</Type/Font/BaseFont/" + tag + "+Song-Identity-H>>\nendobj\n"
        + "trailer\n<</ID [<" + id + "><" + id + ">]/Size 11>>\n%%EOF";
  }

  private static String finish(String pdf) {
    return new String(PdfBytes.finish(pdf.getBytes(StandardCharsets.ISO_8859_1)),
        StandardCharsets.ISO_8859_1);
  }

  @Test
  void randomTagsAndIdsGiveTheSameFileOfTheSameLength() {
    String a = pdf("QWERTY", "0123456789abcdef0123456789abcdef", "abcdef");
    String b = pdf("ASDFGH", "fedcba9876543210fedcba9876543210", "abcdef");
    assertEquals(finish(a), finish(b));
    assertEquals(a.length(), finish(a).length());
  }

  @Test
  void theTagFollowsTheSubsetAndIsUsedEverywhere() {
    String one = finish(pdf("QWERTY", "0123456789abcdef0123456789abcdef", "abcdef"));
    String other = finish(pdf("QWERTY", "0123456789abcdef0123456789abcdef", "abcxyz"));
    Matcher m = Pattern.compile("/FontName/([A-Z]{6})\\+").matcher(one);
    assertTrue(m.find());
    assertFalse(one.contains("QWERTY"));
    assertTrue(one.contains("/BaseFont/" + m.group(1) + "+Song-Identity-H"));
    assertNotEquals(one.substring(m.start(), m.end()), other.substring(m.start(), m.end()));
  }

  @Test
  void cidSetsAreBlankedAndTheIdIsAHashOfTheFile() {
    String done = finish(pdf("QWERTY", "0123456789abcdef0123456789abcdef", "abcdef"));
    assertFalse(done.contains("/CIDSet"));
    assertFalse(done.contains("0123456789abcdef"));
    assertTrue(done.matches("(?s).*/ID \\[<([0-9a-f]{32})><\\1>\\].*"), done);
  }

  @Test
  void fontsSharingAPlaceholderTagEachGetTheirOwn() {
    String two = "%PDF-1.7\n"
        + "7 0 obj\n<</Length 3>>stream\nabc\nendstream\nendobj\n"
        + "8 0 obj\n<</Type/FontDescriptor/FontFile3 7 0 R/FontName/AAAAAA+Song>>\nendobj\n"
        + "9 0 obj\n<</Length 3>>stream\nxyz\nendstream\nendobj\n"
        + "10 0 obj\n<</Type/FontDescriptor/FontFile3 9 0 R/FontName/AAAAAA+Song-Bold>>\nendobj\n"
        + "11 0 obj\n<</Type/Font/BaseFont/AAAAAA+Song-Bold-Identity-H>>\nendobj\n";
    String done = finish(two);
    Matcher song = Pattern.compile("/FontName/([A-Z]{6})\\+Song>>").matcher(done);
    Matcher bold = Pattern.compile("/FontName/([A-Z]{6})\\+Song-Bold>>").matcher(done);
    assertTrue(song.find() && bold.find(), done);
    assertNotEquals(song.group(1), bold.group(1));
    assertTrue(done.contains("/BaseFont/" + bold.group(1) + "+Song-Bold-Identity-H"), done);
    assertFalse(done.contains("AAAAAA"), done);
  }

  @Test
  void keysInsideStreamDataAreLeftAlone() {
    // stream data is skipped by its /Length: bytes in it that look like keys are not keys
    String inData = "/FontName/BBBBBB+Fake /CIDSet 4 0 R endstream /ID [<01><02>]";
    String pdf = "%PDF-1.7\n"
        + "7 0 obj\n<</Length 3>>stream\nabc\nendstream\nendobj\n"
        + "8 0 obj\n<</Type/FontDescriptor/FontFile3 7 0 R/FontName/AAAAAA+Song>>\nendobj\n"
        + "9 0 obj\n<</Length " + inData.length() + "/Length1 99>>stream\n" + inData
        + "\nendstream\nendobj\n"
        + "trailer\n<</ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]>>\n";
    String done = finish(pdf);
    assertTrue(done.contains("stream\n" + inData + "\nendstream"), done);
    assertFalse(done.contains("AAAAAA+Song"), done);
    assertFalse(done.contains("0123456789abcdef"), done);
  }
}
