package cn.nianbao.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Line breaking with the basic Chinese rules (避头尾): no line starts with closing punctuation
 * such as {@code 、，。）} and no line ends with an opening bracket such as {@code （《“}. Everything
 * else follows OpenPDF's default (break between CJK characters, not inside Latin words or numbers).
 *
 * <p>The rule looks only within one chunk; a font change (fallback glyph, run boundary) right at a
 * punctuation mark is not covered.
 */
final class ChineseLineBreaks extends DefaultSplitCharacter {
  static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

  private static final String NO_LINE_START = "、，。．；：？！）》」』】〕〉”’…—·%,.;:?!)]}";
  private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

  private ChineseLineBreaks() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = getCurrentCharacter(current, cc, ck);
    if (NO_LINE_END.indexOf(c) >= 0) {
      return false;
    }
    if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
      return false;
    }
    return super.isSplitCharacter(start, current, end, cc, ck);
  }
}
