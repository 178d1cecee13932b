/**
 * DOCX output: {@link cn.nianbao.render.docx.DocxRenderer} turns a {@link cn.nianbao.document.Document}
 * into a Word file laid out per GB/T 9704-2012. The package-private writer classes write the
 * WordprocessingML parts element by element ({@code Xml}, properties in schema order through
 * {@code Props}) into a zip with fixed entry order and times; no XML library beyond the JDK.
 */
package cn.nianbao.render.docx;
