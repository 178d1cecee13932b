package cn.nianbao.render.fonts;

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
   * The font file of a {@link FontSource#BUNDLED} face, read from the jar once per process and
   * shared by every reader: callers must not change the array.
   *
   * @throws IllegalStateException for a face that is not bundled
   */
  public byte[] bundledFile() {
    if (source != FontSource.BUNDLED) {
      throw new IllegalStateException(this + " is not a bundled font");
    }
    return FaceLoader.bytes(location.substring(location.lastIndexOf('/') + 1));
  }

  @Override
  public String toString() {
    return family + "（" + source.label() + "，" + location + "）";
  }
}
