package cn.nianbao.typeset;

import cn.nianbao.document.FontRole;
import cn.nianbao.render.fonts.Face;

/**
 * Characters set in one face at one size with one letter spacing, starting at {@code x}.
 *
 * @param role    the font role (the preview's font family)
 * @param face    the face every character of the run is in
 * @param size    font size
 * @param x       the left edge of the first glyph, from the page's left edge
 * @param spacing added after every character (PDF {@code Tc}, CSS {@code letter-spacing})
 * @param width   from {@code x} to the end of the last glyph's advance, without its spacing
 * @param text    the characters
 */
public record TextRun(FontRole role, Face face, double size, double x, double spacing,
    double width, String text) {
  /** The right edge of the last glyph's advance. */
  public double right() {
    return x + width;
  }
}
