/**
 * Compact subsets of TrueType font programs for PDF embedding: {@link
 * cn.nianbao.render.fonts.ttf.GlyfFont} reads a font's glyph index and metrics once, {@link
 * cn.nianbao.render.fonts.ttf.GlyfFont#subset} writes a font holding only the outlines a document
 * uses under their source glyph ids, so that a PDF's Identity-H codes keep selecting the same
 * glyphs.
 */
package cn.nianbao.render.fonts.ttf;
