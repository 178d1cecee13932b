package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * nianbao's bridge into OpenPDF (this class is nianbao's, not OpenPDF's): an OpenType font with
 * CFF outlines, written as an Identity-H Type 0 font whose embedded program is made by the given
 * subsetter from the glyphs a document used. OpenPDF's own CFF subsets keep every glyph slot of
 * the source font and copy its whole CFF table per document; everything else (the W array from
 * hmtx, the descriptor) is OpenPDF's, the objects are written by {@link CompactType0}. It lives
 * in OpenPDF's package because {@link BaseFont#writeFont} and the class it extends are
 * package-private. Shared by every document and thread like any BaseFont.
 */
public final class CompactCffFont extends TrueTypeFontUnicode {
  /** A placeholder subset tag: the finished PDF's tag is derived from the embedded program. */
  public static final String TAG = "AAAAAA+";

  private final Function<int[], byte[]> subsetter;

  private CompactCffFont(String name, byte[] file, Function<int[], byte[]> subsetter)
      throws DocumentException, IOException {
    super(name, IDENTITY_H, true, file, false);
    this.subsetter = subsetter;
    // Our program is already a subset: OpenPDF must embed it as it is, and add no CIDSet
    // (PDF/A-2 wants none rather than an incomplete one).
    setSubset(false);
    setIncludeCidSet(false);
    setPostscriptFontName(TAG + getPostscriptFontName());
  }

  /**
   * The font of {@code file} (an OpenType font with a CFF table, which may be empty: OpenPDF reads
   * only the other tables, and the program embedded is always the subsetter's).
   *
   * @param name      the file's name, ending in {@code .otf}
   * @param subsetter the font program of the given glyph ids (sorted, distinct)
   */
  public static BaseFont create(String name, byte[] file, Function<int[], byte[]> subsetter)
      throws IOException {
    try {
      return new CompactCffFont(name, file, subsetter);
    } catch (DocumentException e) {
      throw new IOException("Cannot read font " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws IOException {
    @SuppressWarnings("unchecked")
    Map<Integer, int[]> used = (Map<Integer, int[]>) params[0];
    int[] glyphs = used.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    CompactType0.write(this, writer, ref, used, subsetter.apply(glyphs), "CIDFontType0C");
  }

  @Override
  protected byte[] readCffFont() throws IOException {
    // only a subset is ever embedded (writeFont); the file OpenPDF holds may have no outlines
    throw new IOException(getPostscriptFontName() + " is embedded only as a subset");
  }
}
