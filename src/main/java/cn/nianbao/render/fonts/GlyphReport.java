package cn.nianbao.render.fonts;

import java.util.List;

/**
 * The result of checking a document's characters against a {@link FontSet}.
 *
 * @param fallbacks characters set in a font other than their role's own (or the Latin face)
 * @param missing   characters no available font has; the PDF cannot be made while any remain
 */
public record GlyphReport(List<Fallback> fallbacks, List<Missing> missing) {
  /** At most this many places are listed per character; the rest are counted. */
  static final int MAX_PLACES = 5;

  public GlyphReport {
    fallbacks = List.copyOf(fallbacks);
    missing = List.copyOf(missing);
  }

  /** A character set in a fallback face, with the places it occurs in document order. */
  public record Fallback(int codePoint, Face face, List<String> places) {
    public Fallback {
      places = List.copyOf(places);
    }
  }

  /** A character no font has, with the places it occurs in document order. */
  public record Missing(int codePoint, List<String> places) {
    public Missing {
      places = List.copyOf(places);
    }
  }

  /** {@code “堃”（U+5803）}: the character and its code point, legible even for invisible ones. */
  public static String describe(int codePoint) {
    return String.format("“%s”（U+%04X）", Character.toString(codePoint), codePoint);
  }

  /** The places joined with {@code ；}, the first few only. */
  public static String places(List<String> places) {
    if (places.size() <= MAX_PLACES) {
      return String.join("；", places);
    }
    return String.join("；", places.subList(0, MAX_PLACES)) + " 等 " + places.size() + " 处";
  }
}
