package cn.nianbao.render.fonts;

import com.lowagie.text.pdf.BaseFont;

/**
 * A loaded font face ready for the PDF.
 *
 * @param family   the family name shown to users (the official name for an official font)
 * @param source   where it was found
 * @param location the file (with {@code ,N} for a face of a collection) or bundled resource
 * @param baseFont the parsed font; shared, since it holds only metrics and glyph tables
 */
public record Face(String family, FontSource source, String location, BaseFont baseFont) {
  /** True when the font has a glyph for the code point. */
  public boolean has(int codePoint) {
    return baseFont.charExists(codePoint);
  }

  @Override
  public String toString() {
    return family + "（" + source.label() + "，" + location + "）";
  }
}
