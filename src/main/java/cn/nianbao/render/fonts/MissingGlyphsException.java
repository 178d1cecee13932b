package cn.nianbao.render.fonts;

import java.util.List;

/**
 * The document has characters that no available font has. Thrown before any output is made, so
 * the report never shows a box or a gap where a character should be. The message (in Chinese,
 * for the users) lists each character with the places it occurs.
 */
public final class MissingGlyphsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<GlyphReport.Missing> missing;

  public MissingGlyphsException(List<GlyphReport.Missing> missing) {
    super(message(missing));
    this.missing = List.copyOf(missing);
  }

  /** The characters and where they occur. */
  public List<GlyphReport.Missing> missing() {
    return missing;
  }

  private static String message(List<GlyphReport.Missing> missing) {
    StringBuilder sb = new StringBuilder("以下字符在所有可用字体中都没有字形，无法排版：");
    for (GlyphReport.Missing m : missing) {
      sb.append("\n  ").append(GlyphReport.describe(m.codePoint())).append("：")
          .append(GlyphReport.places(m.places()));
    }
    sb.append("\n请改用其他字，或用 --fonts-dir 指定一个放有含这些字的字体的文件夹。");
    return sb.toString();
  }
}
