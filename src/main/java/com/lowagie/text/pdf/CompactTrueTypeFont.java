package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * nianbao's bridge into OpenPDF (this class is nianbao's, not OpenPDF's): a TrueType font written
 * as an Identity-H Type 0 font (CIDFontType2) whose embedded program is made by the given
 * subsetter from the glyphs a document used. OpenPDF's own TrueType subsets keep the metrics of
 * every glyph of the source font; the metrics and the descriptor are OpenPDF's, the objects are
 * written by {@link CompactType0}. It lives in OpenPDF's package because {@link
 * BaseFont#writeFont} and the class it extends are package-private. The sibling of {@link
 * CompactCffFont}; shared by every document and thread like any BaseFont.
 */
public final class CompactTrueTypeFont extends TrueTypeFontUnicode {
  private final Function<int[], byte[]> subsetter;

  private CompactTrueTypeFont(String name, byte[] file, Function<int[], byte[]> subsetter)
      throws DocumentException, IOException {
    super(name, IDENTITY_H, true, file, false);
    this.subsetter = subsetter;
    // The placeholder tag: PdfBytes derives the real one from the embedded program.
    setPostscriptFontName(CompactCffFont.TAG + getPostscriptFontName());
  }

  /**
   * The font of {@code file}, a single TrueType font (not a collection).
   *
   * @param name      the file's name, ending in {@code .ttf}
   * @param subsetter the font program of the given glyph ids (sorted, distinct)
   */
  public static BaseFont create(String name, byte[] file, Function<int[], byte[]> subsetter)
      throws IOException {
    try {
      return new CompactTrueTypeFont(name, file, subsetter);
    } catch (DocumentException e) {
      throw new IOException("Cannot read font " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws IOException {
    @SuppressWarnings("unchecked")
    Map<Integer, int[]> used = (Map<Integer, int[]>) params[0];
    int[] glyphs = used.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    CompactType0.write(this, writer, ref, used, subsetter.apply(glyphs), null);
  }
}
