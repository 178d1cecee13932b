/**
 * Colour profiles a device embeds: {@link cn.nianbao.render.color.SrgbProfile}, the compact sRGB
 * ICC profile of a PDF/A OutputIntent, computed from the published sRGB figures.
 */
package cn.nianbao.render.color;
