package cn.nianbao.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * The basic Chinese line-breaking rules (禁则, 避头尾): no line starts with closing punctuation such
 * as {@code 、，。）”》} and no line ends with opening punctuation such as {@code （《“}; a number or
 * a Latin word ({@code 12.35}, {@code 0000-1234567}, {@code qsh@example.com}) is never split, nor
 * are the two halves of {@code ——} and {@code ……}.
 *
 * <p>Body paragraphs are broken by {@link ParagraphLines} with {@link #canBreakBefore}, which sees
 * the whole paragraph across runs and font changes. Table cells are broken by OpenPDF with this
 * class as the split character, which sees one chunk at a time.
 */
final class ChineseLineBreaks extends DefaultSplitCharacter {
  static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

  private static final String NO_LINE_START =
      "、，。．；：？！）》」』】〕〉”’…—·%‰℃,.;:?!)]}";
  private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

  private ChineseLineBreaks() {}

  /** True when a line may end after {@code text[i - 1]} and the next start with {@code text[i]}. */
  static boolean canBreakBefore(CharSequence text, int i) {
    if (i <= 0 || i >= text.length()) {
      return i == text.length();
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i);
    if (Character.isLowSurrogate(after) || after == ' ') {
      return false; // a space stays at the end of the line it follows
    }
    if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
      return false;
    }
    return !(isWordChar(before) && isWordChar(after));
  }

  /** True for closing punctuation, which may not start a line. */
  static boolean isClosing(char c) {
    return NO_LINE_START.indexOf(c) >= 0;
  }

  /** Letters, digits and the signs inside numbers, addresses and Latin words. */
  static boolean isWordChar(char c) {
    return c > ' ' && c < 0x7F || c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'ｚ';
  }

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
