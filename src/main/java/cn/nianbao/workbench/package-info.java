/**
 * The live workbench ({@code nianbao serve}): a local web server, bound to the loopback address
 * only, that shows a data file's pages exactly as the PDF lays them out beside its problems,
 * pushes new pages to the browser whenever the file (or the previous year's file it uses) is
 * saved, offers the DOCX and PDF for download and writes values typed into table cells back into
 * the file. It is built on the facade {@link cn.nianbao.Nianbao}; the page is one HTML file of its
 * own with a little inline script, and loads nothing from outside the server.
 */
package cn.nianbao.workbench;
