package cn.nianbao.render.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables of one face that layout needs ({@link SfntTables}): which characters it has (cmap)
 * and how wide each is (hmtx). Advances are kept in thousandths of an em, truncated as a PDF's
 * widths array stores them, so that positions computed here are where a PDF viewer puts glyphs.
 *
 * <p>Thread-safe; looked-up advances are cached. A face made with {@link #lazy} opens its font
 * file only when a character is first looked up in it: the 24 MB fallback font is needed by few
 * reports.
 */
final class FontTables {
  private static final double THOUSANDTHS = 1000;
  private static final int ABSENT = -1;

  private final String postscriptName;
  private final Callable<SfntTables> opener;
  private final Map<Integer, Integer> advances = new ConcurrentHashMap<>();
  private volatile SfntTables font;

  FontTables(SfntTables font) {
    this.font = font;
    this.opener = null;
    this.postscriptName = font.postscriptName();
  }

  private FontTables(String postscriptName, Callable<SfntTables> opener) {
    this.postscriptName = postscriptName;
    this.opener = opener;
  }

  /** A face whose font is opened by {@code opener} at the first look-up of a character. */
  static FontTables lazy(String postscriptName, Callable<SfntTables> opener) {
    return new FontTables(postscriptName, opener);
  }

  String postscriptName() {
    return postscriptName;
  }

  boolean has(int codePoint) {
    return advance(codePoint) != ABSENT;
  }

  /** The advance in ems, or NaN when the face has no glyph for the character. */
  double em(int codePoint) {
    int a = advance(codePoint);
    return a == ABSENT ? Double.NaN : a / THOUSANDTHS;
  }

  private int advance(int codePoint) {
    return advances.computeIfAbsent(codePoint, this::read);
  }

  private SfntTables font() {
    SfntTables f = font;
    if (f == null) {
      synchronized (this) {
        if (font == null) {
          try {
            font = opener.call();
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + postscriptName, e);
          } catch (Exception e) {
            throw new IllegalStateException("Cannot read font " + postscriptName, e);
          }
        }
        f = font;
      }
    }
    return f;
  }

  private int read(int codePoint) {
    SfntTables font = font();
    int gid = font.glyphId(codePoint);
    if (gid <= 0) {
      return ABSENT;
    }
    // Truncated like the widths a PDF writer stores, so both agree to the thousandth.
    return (int) (font.advance(gid) * (long) THOUSANDTHS / font.unitsPerEm());
  }
}
