/**
 * The document model: a small immutable tree of blocks (title, headings, paragraphs, tables,
 * closing block) with page setup and font roles, shared by every renderer. It knows nothing of
 * report data.
 */
package cn.nianbao.document;
