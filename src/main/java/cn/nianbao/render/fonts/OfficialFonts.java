package cn.nianbao.render.fonts;

import cn.nianbao.document.FontRole;
import java.util.List;

/**
 * The official font of each role (the names the DOCX declares, with their English names and
 * accepted substitutes, best first) and the bundled free font that stands in for it.
 */
final class OfficialFonts {
  static final String NOTO = "NotoSerifCJKsc-Regular.otf";
  static final String LIBERATION = "LiberationSerif-Regular.ttf";
  /** GB/T 9704 practice sets digits and Latin letters of body text in Times New Roman. */
  static final List<String> LATIN_NAMES = List.of("Times New Roman", "TimesNewRomanPSMT");

  private OfficialFonts() {}

  static List<String> names(FontRole role) {
    return switch (role) {
      case TITLE -> List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK",
          "FZXiaoBiaoSong-B05");
      case BODY, TABLE -> List.of("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong");
      case HEADING1 -> List.of("黑体", "SimHei");
      case HEADING2 -> List.of("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi");
      case PAGE_NUMBER -> List.of("宋体", "SimSun");
    };
  }

  /** The bundled font file (under classpath {@code /fonts/}) for a role. */
  static String bundled(FontRole role) {
    return switch (role) {
      case TITLE -> "FandolSong-Bold.otf";
      case BODY -> "FandolFang-Regular.otf";
      case HEADING1 -> "FandolHei-Regular.otf";
      case HEADING2 -> "FandolKai-Regular.otf";
      // The PDF has always set tables in 宋体; the DOCX names 仿宋_GB2312 (both are practice).
      case TABLE, PAGE_NUMBER -> "FandolSong-Regular.otf";
    };
  }

  /**
   * Roles whose ASCII letters and digits go in the Latin face: body text only. Tables keep their
   * digits in the CJK face, whose wider figures the table column widths were fitted to.
   */
  static boolean usesLatin(FontRole role) {
    return role == FontRole.BODY;
  }
}
