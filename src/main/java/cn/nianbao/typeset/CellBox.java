package cn.nianbao.typeset;

import cn.nianbao.document.Origin;

/**
 * A table cell's box on a page; its text lines are in the page's lines.
 *
 * @param x      left edge
 * @param y      top edge, from the page's top
 * @param width  width
 * @param height height
 * @param border rule width
 * @param origin the cell's data origin (value span and cell address), {@link Origin#NONE} for a label
 */
public record CellBox(double x, double y, double width, double height, double border,
    Origin origin) {}
