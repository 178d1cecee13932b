/**
 * Editing a data file's table values by their spans, for the workbench's in-place cell edits and
 * {@code import --into}: {@link cn.nianbao.edit.DataFileEditor}. Depends on diagnostic, model and
 * binder; every other byte of the file is kept.
 */
package cn.nianbao.edit;
