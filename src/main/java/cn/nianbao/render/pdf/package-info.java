/** PDF output: {@link cn.nianbao.render.pdf.PdfRenderer} lays a document out per GB/T 9704 with OpenPDF. */
package cn.nianbao.render.pdf;
