package cn.nianbao.render.fonts;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Severity;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.document.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  /**
   * A character no font has, with the places it occurs in document order and, where the text came
   * from the data file, the origins of those places.
   */
  public record Missing(int codePoint, List<String> places, List<Origin> origins) {
    public Missing {
      places = List.copyOf(places);
      origins = List.copyOf(origins);
    }

    public Missing(int codePoint, List<String> places) {
      this(codePoint, places, List.of());
    }

    /** This problem as a diagnostic about data file {@code file}, at the first place it occurs there. */
    public Diagnostic diagnostic(String file) {
      List<Span> spans = origins.stream().map(Origin::span).filter(Objects::nonNull).distinct().toList();
      Origin first = origins.stream().filter(o -> o.span() != null).findFirst().orElse(Origin.NONE);
      return new Diagnostic(Severity.ERROR, Diagnostic.GLYPH, file, first.span(), first.cell(), null,
          describe(codePoint) + " 在所有可用字体中都没有字形，无法排版（" + GlyphReport.places(places) + "）："
              + "请改用其他字，或用 --fonts-dir 指定含这个字的字体所在的文件夹", spans);
    }
  }

  /** The characters no font has, as diagnostics about data file {@code file}. */
  public List<Diagnostic> diagnostics(String file) {
    List<Diagnostic> out = new ArrayList<>();
    missing.forEach(m -> out.add(m.diagnostic(file)));
    return out;
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
