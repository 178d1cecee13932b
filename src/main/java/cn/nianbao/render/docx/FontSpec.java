package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.FontRole;

/**
 * The concrete font for a {@link FontRole}: the official East Asian font name, the font for Latin
 * text (digits, letters) and the size in half-points (WordprocessingML's {@code w:sz} unit).
 */
record FontSpec(String eastAsia, String latin, int halfPoints) {
  static FontSpec of(FontRole role) {
    return new FontSpec(Spec.officialNames(role).get(0), Spec.docxLatin(role),
        Spec.halfPoints(role));
  }
}
