package cn.nianbao.render.docx;

import cn.nianbao.document.FontRole;
import cn.nianbao.spec.Spec;

/** Unit conversions to twentieths of a point (twips), the unit of most WordprocessingML lengths. */
final class Twips {
  /** One body character (三号): the unit of GB/T 9704's "字". */
  static final int BODY_CHAR = fromPt(Spec.size(FontRole.BODY));
  /** {@code w:firstLineChars} and the like count hundredths of a character. */
  static final int HUNDREDTHS = 100;

  private Twips() {}

  static int fromMm(double mm) {
    return fromPt(mm * Spec.PT_PER_MM);
  }

  static int fromPt(double pt) {
    return (int) Math.round(pt * Spec.TWIPS_PER_PT);
  }
}
