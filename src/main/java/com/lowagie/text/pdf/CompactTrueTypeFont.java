package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * nianbao's bridge into OpenPDF (this class is nianbao's, not OpenPDF's): a TrueType font written
 * as an Identity-H Type 0 font (CIDFontType2) whose embedded program is made by the given
 * subsetter from the glyphs a document used. OpenPDF's own TrueType subsets keep the metrics of
 * every glyph of the source font; everything else (the W array, ToUnicode, the descriptor) is
 * still written by OpenPDF. It lives in OpenPDF's package because {@link BaseFont#writeFont} and
 * the class it extends are package-private. The sibling of {@link CompactCffFont}.
 *
 * <p>Shared by every document and thread like any BaseFont: the glyph set of the font being
 * written is handed from {@link #writeFont} to {@link #getFullFont} (which OpenPDF calls from it
 * when the font is not marked as a subset) on the writing thread.
 */
public final class CompactTrueTypeFont extends TrueTypeFontUnicode {
  private static final ThreadLocal<int[]> GLYPHS = new ThreadLocal<>();
  private final Function<int[], byte[]> subsetter;

  private CompactTrueTypeFont(String name, byte[] file, Function<int[], byte[]> subsetter)
      throws DocumentException, IOException {
    super(name, IDENTITY_H, true, file, false);
    this.subsetter = subsetter;
    // Our program is already a subset: OpenPDF must embed it as it is, and add no CIDSet
    // (PDF/A-2 wants none rather than an incomplete one).
    setSubset(false);
    setIncludeCidSet(false);
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
  void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params)
      throws DocumentException, IOException {
    @SuppressWarnings("unchecked")
    Map<Integer, int[]> used = (Map<Integer, int[]>) params[0];
    GLYPHS.set(used.keySet().stream().mapToInt(Integer::intValue).sorted().toArray());
    try {
      super.writeFont(writer, ref, params);
    } finally {
      GLYPHS.remove();
    }
  }

  @Override
  protected byte[] getFullFont() throws IOException {
    int[] glyphs = GLYPHS.get();
    if (glyphs == null) {
      throw new IOException(getPostscriptFontName() + " is embedded only as a subset");
    }
    return subsetter.apply(glyphs);
  }
}
