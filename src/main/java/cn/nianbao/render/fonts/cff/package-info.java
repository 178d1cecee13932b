/**
 * Compact subsets of CFF font programs for PDF embedding: {@link
 * cn.nianbao.render.fonts.cff.CffFont} reads an OpenType font's CFF table once (its INDEXes and
 * DICTs, without interpreting any glyph), {@link cn.nianbao.render.fonts.cff.CffFont#subset}
 * writes a CID-keyed font program holding only the glyphs a document uses, whose CIDs are the
 * source font's glyph ids, so that a PDF's Identity-H codes keep selecting the same glyphs. The
 * charstrings of a font without subroutines lose their hint operators on the way, outlines and
 * widths unchanged.
 */
package cn.nianbao.render.fonts.cff;
