package cn.nianbao.render.html;

import cn.nianbao.document.PageSetup;
import cn.nianbao.document.FontRole;
import cn.nianbao.spec.Spec;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The embedded style sheet: the page as a box of the paper's width with the margins as padding,
 * and the sizes and fonts of GB/T 9704 (the same as the DOCX and PDF renderers use). Fonts are
 * named, never embedded: the official font where it is installed, else the platform's nearest.
 */
final class PageStyle {
  static final double BODY_PT = Spec.size(FontRole.BODY);
  static final double LINE_PT = Spec.LINE_PITCH;
  static final double TITLE_LINE_PT = Spec.TITLE_PITCH;
  static final double TABLE_PT = Spec.size(FontRole.TABLE);
  static final double LETTER_SPACING_PT = Spec.LETTER_SPACING;
  static final String TITLE_FONTS = fonts(FontRole.TITLE);
  static final String BODY_FONTS = fonts(FontRole.BODY);
  static final String HEADING1_FONTS = fonts(FontRole.HEADING1);
  static final String HEADING2_FONTS = fonts(FontRole.HEADING2);

  private PageStyle() {}

  static String css(PageSetup page) {
    String padding = mm(page.topMm()) + " " + mm(page.rightMm()) + " " + mm(page.bottomMm()) + " "
        + mm(page.leftMm());
    return """
        html { background: #e8e8e8; }
        body { margin: 0; padding: 12mm 0; color: #000; }
        .page { box-sizing: border-box; width: %1$s; min-height: %2$s; margin: 0 auto; \
        padding: %3$s; background: #fff; box-shadow: 0 0 4mm rgba(0, 0, 0, 0.25); \
        font: %4$spt/%5$spt %6$s; }
        .page p, .page h1, .page h2, .page h3 { margin: 0; font-size: %4$spt; font-weight: normal; \
        line-height: %5$spt; }
        .page p { text-indent: 2em; text-align: justify; letter-spacing: %7$spt; }
        h1.title { font: %8$spt/%9$spt %10$s; text-align: center; margin-bottom: %5$spt; }
        h1.title span { display: block; white-space: nowrap; }
        h2 { font-family: %11$s; text-indent: 2em; }
        h3 { font-family: %12$s; text-indent: 2em; }
        .heading1 { font-family: %11$s; }
        .heading2 { font-family: %12$s; }
        table { width: 100%%; border-collapse: collapse; table-layout: fixed; \
        font: %13$spt/1.35 %6$s; }
        table.keep { break-inside: avoid; }
        tr { break-inside: avoid; }
        th, td { border: 0.5pt solid #000; padding: 2pt 1mm; vertical-align: middle; \
        text-align: center; font-weight: normal; overflow-wrap: anywhere; }
        .left { text-align: left; }
        table + h2, table + h3, table + p { margin-top: %14$spt; }
        .closing { margin-top: %5$spt; text-align: right; }
        .closing p { text-indent: 0; text-align: right; }
        .draft-mark { position: sticky; top: 0; z-index: 2; width: %1$s; box-sizing: border-box; \
        margin: 0 auto; padding: 2mm; background: #fff0f0; border: 0.6mm solid #c00; color: #c00; \
        text-align: center; font: 14pt %6$s; }
        .watermark { position: fixed; top: 50%%; left: 50%%; z-index: 1; pointer-events: none; \
        transform: translate(-50%%, -50%%) rotate(-35deg); font: 160pt %10$s; \
        color: rgba(204, 0, 0, 0.12); white-space: nowrap; }
        @page { size: %1$s %2$s; margin: %3$s; }
        @media print {
          html, body { background: none; padding: 0; }
          .page { width: auto; min-height: 0; padding: 0; box-shadow: none; }
          .draft-mark { position: static; width: auto; }
        }
        """.formatted(mm(page.widthMm()), mm(page.heightMm()), padding, num(BODY_PT), num(LINE_PT),
        BODY_FONTS, num(LETTER_SPACING_PT), num(Spec.size(FontRole.TITLE)), num(TITLE_LINE_PT), TITLE_FONTS,
        HEADING1_FONTS, HEADING2_FONTS, num(TABLE_PT), num(LINE_PT / 2));
  }

  /** The role's CSS font stack: each name quoted, generic families bare. */
  static String fonts(FontRole role) {
    return String.join(", ", Spec.cssFamilies(role).stream()
        .map(f -> f.equals("serif") || f.equals("sans-serif") ? f : "\"" + f + "\"").toList());
  }

  static String mm(double value) {
    return num(value) + "mm";
  }

  /** A CSS number: at most three decimals, no trailing zeros, never an exponent. */
  static String num(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
