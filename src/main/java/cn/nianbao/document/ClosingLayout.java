package cn.nianbao.document;

/**
 * Right indents, in characters, of the signature and date lines of a closing block without a seal
 * (GB/T 9704-2012 §7.3.5.2). The signature is set 右空二字; the date goes on the next line with its
 * first character two characters right of the signature's first character. When the date is longer
 * than the signature, the date is set 右空二字 and the signature's right indent grows to keep the
 * two-character offset.
 *
 * <p>Widths count a CJK (or other non-ASCII) character as 1 and an ASCII character as 0.5 (body
 * digits are half-width). Both renderers use it, so the DOCX and the PDF place the block alike.
 *
 * @param signatureIndent right indent of the signature line, in body characters
 * @param dateIndent      right indent of the date line, in body characters
 */
public record ClosingLayout(double signatureIndent, double dateIndent) {
  private static final double MARGIN = 2;
  private static final double OFFSET = 2;

  /** The indents for this signature and date. */
  public static ClosingLayout of(String signature, String date) {
    double sig = width(signature);
    double dat = width(date);
    if (dat > sig) {
      return new ClosingLayout(MARGIN + dat + OFFSET - sig, MARGIN);
    }
    return new ClosingLayout(MARGIN, MARGIN + sig - OFFSET - dat);
  }

  /** Width of the text in body characters. */
  public static double width(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += text.charAt(i) < 0x80 ? 0.5 : 1;
    }
    return w;
  }
}
