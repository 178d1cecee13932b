/**
 * Where things are and what is wrong with them: data-file spans, cell addresses and the one
 * {@link cn.nianbao.diagnostic.Diagnostic} shape shared by the binder, the checker, the font check,
 * the command line and the preview. Depends on nothing else in nianbao; every stage may use it.
 */
package cn.nianbao.diagnostic;
