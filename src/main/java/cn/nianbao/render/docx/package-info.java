/**
 * DOCX output: {@link cn.nianbao.render.docx.DocxRenderer} turns a {@link cn.nianbao.document.Document}
 * into a Word file laid out per GB/T 9704-2012. Apache POI is used only by the package-private
 * writer classes.
 */
package cn.nianbao.render.docx;
