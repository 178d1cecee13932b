package cn.nianbao.render.pdf;

import cn.nianbao.document.DocumentInfo;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet: Dublin Core title, creator and description, the program and the dates
 * matching the info dictionary, and for PDF/A the identification {@code pdfaid:part} 2,
 * {@code conformance} B. Written by hand: the schema is small and fixed.
 */
final class Xmp {
  private Xmp() {}

  static byte[] packet(DocumentInfo info, boolean pdfA) {
    String date = info.date().atStartOfDay(ArchivalPdf.ZONE.toZoneId())
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    StringBuilder x = new StringBuilder();
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    if (pdfA) {
      x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
          .append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>")
          .append("</rdf:Description>\n");
    }
    x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
        .append("<dc:format>application/pdf</dc:format>");
    if (!info.title().isEmpty()) {
      x.append("<dc:title>").append(alt(info.title())).append("</dc:title>");
    }
    if (!info.author().isEmpty()) {
      x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.author()))
          .append("</rdf:li></rdf:Seq></dc:creator>");
    }
    if (!info.subject().isEmpty()) {
      x.append("<dc:description>").append(alt(info.subject())).append("</dc:description>");
    }
    x.append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">")
        .append("<xmp:CreatorTool>").append(escape(DocumentInfo.generator()))
        .append("</xmp:CreatorTool><xmp:CreateDate>").append(date)
        .append("</xmp:CreateDate><xmp:ModifyDate>").append(date)
        .append("</xmp:ModifyDate></rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">")
        .append("<pdf:Producer>").append(escape(DocumentInfo.generator())).append("</pdf:Producer>");
    if (!info.keywords().isEmpty()) {
      x.append("<pdf:Keywords>").append(escape(info.keywords())).append("</pdf:Keywords>");
    }
    x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String alt(String text) {
    return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(text) + "</rdf:li></rdf:Alt>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
