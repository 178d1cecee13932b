package cn.nianbao.typeset;

import cn.nianbao.document.FontRole;
import cn.nianbao.render.fonts.Face;

/**
 * The diagonal mark across a draft's page.
 *
 * @param text  the mark
 * @param role  its font role
 * @param face  the face it is set in
 * @param size  font size
 * @param x     the centre of its baseline, from the page's left edge
 * @param y     its baseline's centre, from the page's top
 * @param angle degrees counter-clockwise
 * @param rgb   colour {@code 0xRRGGBB}
 */
public record Watermark(String text, FontRole role, Face face, double size, double x, double y,
    double angle, int rgb) {}
