package cn.nianbao.render.docx;

/** Unit conversions to twentieths of a point (twips), the unit of most WordprocessingML lengths. */
final class Twips {
  /** One body character (三号, 16 pt): the unit of GB/T 9704's "字". */
  static final int BODY_CHAR = 320;

  private Twips() {}

  static int fromMm(double mm) {
    return (int) Math.round(mm * 1440 / 25.4);
  }

  static int fromPt(double pt) {
    return (int) Math.round(pt * 20);
  }
}
