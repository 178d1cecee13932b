/**
 * Font resolution for the PDF: finds the official font of each {@link cn.nianbao.document.FontRole}
 * by the family names inside font files (configured folder, then system folders, then the bundled
 * free fonts), builds per-role fallback chains ({@link cn.nianbao.render.fonts.FontSet}) and checks
 * a document's characters against them ({@link cn.nianbao.render.fonts.GlyphReport}). Like the
 * renderers, it knows only the document model, never report data.
 */
package cn.nianbao.render.fonts;
