package cn.nianbao.typeset;

import cn.nianbao.document.Closing;
import cn.nianbao.spec.Spec;

/**
 * Right indents, in characters, of the signature and date lines of a closing block without a seal
 * (GB/T 9704-2012 §7.3.5.2). The signature is set 右空二字; the date goes on the next line with its
 * first character two characters right of the signature's first character. When the date is longer
 * than the signature, the date is set 右空二字 and the signature's right indent grows to keep the
 * two-character offset.
 *
 * <p>Widths are {@link Spec#emWidth} (body digits are half-width). Every renderer uses it, so the
 * DOCX, the PDF and the preview place the block alike.
 *
 * @param signatureIndent right indent of the signature line, in body characters
 * @param dateIndent      right indent of the date line, in body characters
 */
public record ClosingLayout(double signatureIndent, double dateIndent) {
  private static final double MARGIN = Spec.CLOSING_RIGHT_CHARS;
  private static final double OFFSET = Spec.CLOSING_DATE_OFFSET_CHARS;

  /** The indents for this closing block. */
  public static ClosingLayout of(Closing closing) {
    return of(closing.signature(), closing.date());
  }

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
    return Spec.emWidth(text);
  }
}
