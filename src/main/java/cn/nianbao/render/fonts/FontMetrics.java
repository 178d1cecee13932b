package cn.nianbao.render.fonts;

import cn.nianbao.document.FontRole;

/**
 * What the typesetter needs to know of the fonts: the face each character of a role is set in
 * (the first of the role's fallback chain that has it) and, through {@link Face#advance}, how wide
 * it is. Read from the fonts' own tables; no PDF library involved.
 */
public interface FontMetrics {
  /** The face a character of the role is set in, or null when no font has it. */
  Face faceFor(int codePoint, FontRole role);
}
