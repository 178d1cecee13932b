/**
 * HTML preview: {@link cn.nianbao.render.html.HtmlRenderer} turns a
 * {@link cn.nianbao.document.Document} into one self-contained HTML5 page that mimics the printed
 * report (GB/T 9704 page box, fonts by name, the official table grids), for previewing while
 * editing. Only the package-private {@code HtmlWriter} writes tags and escapes text.
 */
package cn.nianbao.render.html;
