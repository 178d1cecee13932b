package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * nianbao's bridge into OpenPDF (this class is nianbao's, not OpenPDF's): an OpenType font with
 * CFF outlines or a TrueType font, written as an Identity-H Type 0 font whose embedded program is
 * made by the given subsetter from the glyphs a document used. OpenPDF's own subsets keep every
 * glyph slot (CFF) or every glyph's metrics (TrueType) of the source font, and copy the whole CFF
 * table per document. OpenPDF reads the metrics, names and character map; the objects are written
 * by {@link CompactType0}. It lives in OpenPDF's package because {@link BaseFont#writeFont} and the
 * class it extends are package-private. Shared by every document and thread like any BaseFont.
 */
public final class CompactFont extends TrueTypeFontUnicode {
  private final Function<int[], byte[]> subsetter;
  /** The program stream's {@code /Subtype} for CFF ({@code /FontFile3}); null for TrueType. */
  private final String programSubtype;

  private CompactFont(String name, byte[] file, Function<int[], byte[]> subsetter,
      String programSubtype) throws DocumentException, IOException {
    super(name, IDENTITY_H, true, file, false);
    this.subsetter = subsetter;
    this.programSubtype = programSubtype;
  }

  /**
   * An OpenType font with CFF outlines; {@code file} may come without its CFF table (OpenPDF
   * reads only the other tables, and the program embedded is always the subsetter's).
   *
   * @param name      the file's name, ending in {@code .otf}
   * @param subsetter the font program of the given glyph ids (sorted, distinct) as a zlib
   *                  stream, embedded as it is (FlateDecode)
   */
  public static BaseFont cff(String name, byte[] file, Function<int[], byte[]> subsetter)
      throws IOException {
    return create(name, file, subsetter, "CIDFontType0C");
  }

  /**
   * A single TrueType font (not a collection).
   *
   * @param name      the file's name, ending in {@code .ttf}
   * @param subsetter the font program of the given glyph ids (sorted, distinct)
   */
  public static BaseFont trueType(String name, byte[] file, Function<int[], byte[]> subsetter)
      throws IOException {
    return create(name, file, subsetter, null);
  }

  private static BaseFont create(String name, byte[] file, Function<int[], byte[]> subsetter,
      String programSubtype) throws IOException {
    try {
      return new CompactFont(name, file, subsetter, programSubtype);
    } catch (DocumentException e) {
      throw new IOException("Cannot read font " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws IOException {
    @SuppressWarnings("unchecked")
    Map<Integer, int[]> used = (Map<Integer, int[]>) params[0];
    int[] glyphs = used.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    CompactType0.write(this, writer, ref, used, subsetter.apply(glyphs), programSubtype);
  }

  @Override
  protected byte[] readCffFont() throws IOException {
    // only a subset is ever embedded (writeFont); the file OpenPDF holds may have no outlines
    throw new IOException(getPostscriptFontName() + " is embedded only as a subset");
  }
}
