package cn.nianbao.render.fonts;

import java.nio.ByteBuffer;

/**
 * A loaded font face.
 *
 * @param family   the family name shown to users (the official name for an official font)
 * @param source   where it was found
 * @param location the file (with {@code ,N} for a face of a collection) or, for a bundled font,
 *     its classpath resource ({@code fonts/NAME})
 * @param tables   its character map and advances; shared, read-only
 */
public record Face(String family, FontSource source, String location, FontTables tables) {
  /** True when the font has a glyph for the code point. */
  public boolean has(int codePoint) {
    return tables.has(codePoint);
  }

  /** The advance of the character in points at {@code size}; NaN when the face lacks it. */
  public double advance(int codePoint, double size) {
    return tables.em(codePoint) * size;
  }

  /** The face's PostScript name (its {@code name} table's nameID 6). */
  public String postscriptName() {
    return tables.postscriptName();
  }

  /**
   * The font file of a {@link FontSource#BUNDLED} face: a read-only view, mapped once per process
   * and shared by every reader and thread. Read it with absolute gets only (or read a {@link
   * ByteBuffer#duplicate()}): its position is shared.
   *
   * @throws IllegalStateException for a face that is not bundled
   */
  public ByteBuffer bundledFont() {
    if (source != FontSource.BUNDLED) {
      throw new IllegalStateException(this + " is not a bundled font");
    }
    return BundledFiles.of(location.substring(location.lastIndexOf('/') + 1));
  }

  /**
   * A copy of the font file of a {@link FontSource#BUNDLED} face, for handing it on whole.
   *
   * @throws IllegalStateException for a face that is not bundled
   */
  public byte[] bundledFile() {
    ByteBuffer font = bundledFont();
    byte[] copy = new byte[font.capacity()];
    font.get(0, copy);
    return copy;
  }

  @Override
  public String toString() {
    return family + "（" + source.label() + "，" + location + "）";
  }
}
