package cn.nianbao.render.fonts;

import cn.nianbao.document.FontRole;
import cn.nianbao.spec.Spec;
import java.util.List;

/** The spec's fonts as the font search needs them: official names and bundled stand-ins. */
final class OfficialFonts {
  static final String NOTO = Spec.FALLBACK_FONT;
  static final String LIBERATION = Spec.LATIN_STAND_IN;
  static final List<String> LATIN_NAMES = Spec.LATIN_NAMES;

  private OfficialFonts() {}

  static List<String> names(FontRole role) {
    return Spec.officialNames(role);
  }

  /** The bundled font file (under classpath {@code /fonts/}) for a role. */
  static String bundled(FontRole role) {
    return Spec.standIn(role);
  }

  /** Roles whose ASCII letters and digits go in the Latin face. */
  static boolean usesLatin(FontRole role) {
    return Spec.usesLatin(role);
  }
}
