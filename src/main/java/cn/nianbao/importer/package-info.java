/**
 * {@code nianbao import}: a published report (plain text, DOCX, HTML, PDF) back into a data file.
 * Each source format is read into one intermediate form, a sequence of {@link cn.nianbao.importer.Block}s
 * (lines of text and tables as cell grids, each with its place in the source); one recogniser maps
 * the blocks onto the report's sections and official tables (labels from
 * {@link cn.nianbao.model.OfficialTables}); one writer writes the data file the way {@code nianbao new}
 * does, keeping what could not be placed as comments and listing it as diagnostics.
 */
package cn.nianbao.importer;
