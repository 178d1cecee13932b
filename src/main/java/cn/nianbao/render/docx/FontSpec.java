package cn.nianbao.render.docx;

import cn.nianbao.document.FontRole;

/**
 * The concrete font for a {@link FontRole}: the official East Asian font name, the font for Latin
 * text (digits, letters) and the size in half-points (WordprocessingML's {@code w:sz} unit).
 */
record FontSpec(String eastAsia, String latin, int halfPoints) {
  private static final String LATIN_BODY = "Times New Roman";

  static FontSpec of(FontRole role) {
    return switch (role) {
      case TITLE -> new FontSpec("方正小标宋简体", "方正小标宋简体", 44);
      case BODY -> new FontSpec("仿宋_GB2312", LATIN_BODY, 32);
      case HEADING1 -> new FontSpec("黑体", "黑体", 32);
      case HEADING2 -> new FontSpec("楷体_GB2312", "楷体_GB2312", 32);
      case TABLE -> new FontSpec("仿宋_GB2312", LATIN_BODY, 21);
      case PAGE_NUMBER -> new FontSpec("宋体", "宋体", 28);
    };
  }
}
