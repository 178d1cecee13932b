package cn.nianbao.render.pdf;

import cn.nianbao.spec.Spec;
import cn.nianbao.typeset.LineBreaks;
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

  private static final String NO_LINE_START = Spec.NO_LINE_START;
  private static final String NO_LINE_END = Spec.NO_LINE_END;

  private ChineseLineBreaks() {}

  /** True when a line may end after {@code text[i - 1]} and the next start with {@code text[i]}. */
  static boolean canBreakBefore(CharSequence text, int i) {
    return LineBreaks.canBreakBefore(text, i);
  }

  /** True for closing punctuation, which may not start a line. */
  static boolean isClosing(char c) {
    return LineBreaks.isClosing(c);
  }

  /** Letters, digits and the signs inside numbers, addresses and Latin words. */
  static boolean isWordChar(char c) {
    return LineBreaks.isWordChar(c);
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
