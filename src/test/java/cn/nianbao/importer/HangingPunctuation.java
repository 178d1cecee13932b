package cn.nianbao.importer;

import java.io.IOException;

/**
 * Works around a LibreOffice layout fault that our DOCX triggers, until render.docx writes the
 * fix itself: LibreOffice (7.4) lets a closing mark (、。，) hang past the right margin at the end
 * of a full line, and with our −5-twip letter spacing it then neither draws nor exports that mark
 * (its PDF reads {@code 微信群村广播} for {@code 微信群、村广播}). LibreOffice's DOCX import reads
 * {@code w:overflowPunct} the wrong way round (on → no hanging), so stating Word's own default
 * {@code <w:overflowPunct/>} in the document defaults changes nothing in Word or WPS and makes
 * LibreOffice keep every mark inside the line.
 */
final class HangingPunctuation {
  private static final String EMPTY_DEFAULT = "<w:pPrDefault><w:pPr/></w:pPrDefault>";
  private static final String WITH_OVERFLOW = "<w:pPrDefault><w:pPr><w:overflowPunct/></w:pPr></w:pPrDefault>";

  private HangingPunctuation() {}

  /** The DOCX with {@code <w:overflowPunct/>} in its paragraph defaults (unchanged when already there). */
  static byte[] off(byte[] docx) throws IOException {
    return DocxParts.edit(docx, "word/styles.xml", HangingPunctuation::styles);
  }

  private static String styles(String xml) {
    if (xml.contains("<w:overflowPunct")) {
      return xml;
    }
    if (!xml.contains(EMPTY_DEFAULT)) {
      throw new AssertionError("styles.xml has paragraph defaults this test does not know: " + xml);
    }
    return xml.replace(EMPTY_DEFAULT, WITH_OVERFLOW);
  }
}
