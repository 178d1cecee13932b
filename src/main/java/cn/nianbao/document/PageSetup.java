package cn.nianbao.document;

/**
 * Paper size and margins in millimetres.
 */
public record PageSetup(
    double widthMm, double heightMm, double topMm, double bottomMm, double leftMm, double rightMm) {

  /** A4 with the GB/T 9704-2012 margins: top 37, bottom 35, left 28, right 26 mm (type area 156 × 225 mm). */
  public static final PageSetup GB_T_9704 = new PageSetup(210, 297, 37, 35, 28, 26);

  public PageSetup {
    if (widthMm - leftMm - rightMm <= 0 || heightMm - topMm - bottomMm <= 0) {
      throw new IllegalArgumentException("Margins leave no type area");
    }
  }

  /** Width of the type area (版心) in millimetres. */
  public double typeAreaWidthMm() {
    return widthMm - leftMm - rightMm;
  }

  /** Height of the type area (版心) in millimetres. */
  public double typeAreaHeightMm() {
    return heightMm - topMm - bottomMm;
  }
}
