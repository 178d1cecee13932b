package cn.nianbao.render.html;

import cn.nianbao.document.FontRole;
import cn.nianbao.spec.Spec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The embedded style sheet: pages as boxes of the paper's size, runs absolutely positioned on
 * them, fonts by the spec's CSS families per role. Only screen cosmetics (page shadow, gaps) are
 * decided here; every position comes from the page model.
 */
final class PageStyle {
  /** Decimals of a CSS number: a thousandth of a point is far below a pixel. */
  private static final int DECIMALS = 3;

  private PageStyle() {}

  static String css() {
    StringBuilder css = new StringBuilder("""
        html { background: #e8e8e8; }
        body { margin: 0; color: #000; }
        .pages { display: flex; flex-direction: column; align-items: center; gap: 6mm; \
        padding: 6mm 0; }
        .page { position: relative; flex: none; overflow: hidden; background: #fff; \
        box-shadow: 0 0 4mm rgba(0, 0, 0, 0.25); }
        .page span { position: absolute; line-height: 1; white-space: pre; \
        text-spacing-trim: space-all; font-kerning: none; font-variant-ligatures: none; }
        .cell { position: absolute; box-sizing: border-box; border: solid #000; }
        .watermark { position: absolute; line-height: 1; white-space: nowrap; \
        transform-origin: 50% 88%; pointer-events: none; }
        .draft-mark { position: sticky; top: 0; z-index: 2; padding: 2mm; background: #fff0f0; \
        border-bottom: 0.6mm solid #c00; color: #c00; text-align: center; }
        @page { size: A4; margin: 0; }
        @media print {
          html, body { background: none; }
          .pages { display: block; padding: 0; }
          .page { box-shadow: none; break-after: page; }
          .draft-mark { display: none; }
        }
        """);
    for (FontRole role : FontRole.values()) {
      css.append(".f-").append(role.name().toLowerCase(Locale.ROOT)).append(" { font-family: ")
          .append(families(role)).append("; }\n");
    }
    css.append(".draft-mark { font-family: ").append(families(FontRole.BODY)).append("; }\n");
    return css.toString();
  }

  /** A face loaded from a URL. */
  static String fontFace(String family, String url) {
    return "@font-face { font-family: \"" + family + "\"; src: url(\"" + url + "\"); }\n";
  }

  /** The role's CSS font stack: each name quoted, generic families bare. */
  static String families(FontRole role) {
    return String.join(", ", Spec.cssFamilies(role).stream()
        .map(f -> f.equals("serif") || f.equals("sans-serif") ? f : "\"" + f + "\"").toList());
  }

  static String rgb(int rgb) {
    return String.format("#%06x", rgb);
  }

  /** A CSS number: at most three decimals, no trailing zeros, never an exponent. */
  static String num(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
