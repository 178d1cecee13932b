package cn.nianbao.render.docx;

import cn.nianbao.document.DocumentInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The DOCX package (Open Packaging Conventions): content types, relationships, the core and
 * extended properties, and the parts of the document, in a zip written here with its entries in
 * a fixed order and one fixed timestamp. Nothing depends on the clock or the machine: the
 * metadata comes from {@link DocumentInfo}, so the same document gives the same bytes.
 */
final class DocxPackage {
  /**
   * One constant time for every entry, so that no clock or zone shows. Not 1980-01-01, the DOS
   * minimum: Java adds a time-zone-dependent extended timestamp for it.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/";
  private static final String PACKAGE = "http://schemas.openxmlformats.org/package/2006/";
  private static final String WML_TYPE = "application/vnd.openxmlformats-officedocument."
      + "wordprocessingml.";
  private static final String RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
  private static final String DOCUMENT = "word/document.xml";
  private static final String APP = "docProps/app.xml";
  private static final String CORE = "docProps/core.xml";

  /**
   * A part of the main document other than {@code document.xml} itself: its file name under
   * {@code word/}, the relationship id the document refers to it by, and its kind
   * ({@code styles}, {@code footer}, …), which names both its content type and its relationship.
   */
  record Part(String name, String id, String kind, byte[] bytes) {}

  private DocxPackage() {}

  /** Writes the package to {@code out}; the stream is finished, not closed. */
  static void write(OutputStream out, byte[] document, List<Part> parts, DocumentInfo info)
      throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(DocxPackage::entryOrder);
    entries.put(CONTENT_TYPES, contentTypes(parts));
    entries.put("_rels/.rels", packageRelationships());
    entries.put(APP, app());
    entries.put(CORE, core(info));
    entries.put("word/_rels/document.xml.rels", documentRelationships(parts));
    entries.put(DOCUMENT, document);
    for (Part p : parts) {
      entries.put("word/" + p.name(), p.bytes());
    }
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ZipEntry entry = new ZipEntry(e.getKey());
      entry.setTimeLocal(ENTRY_TIME);
      zip.putNextEntry(entry);
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish(); // not close: the caller owns the stream
  }

  private static byte[] contentTypes(List<Part> parts) {
    Xml xml = new Xml("Types", "xmlns", PACKAGE + "content-types");
    xml.leaf("Default", "Extension", "rels", "ContentType", RELS_TYPE);
    xml.leaf("Default", "Extension", "xml", "ContentType", "application/xml");
    Map<String, String> overrides = new TreeMap<>();
    overrides.put(APP, "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    overrides.put(CORE, "application/vnd.openxmlformats-package.core-properties+xml");
    overrides.put(DOCUMENT, WML_TYPE + "document.main+xml");
    for (Part p : parts) {
      overrides.put("word/" + p.name(), WML_TYPE + p.kind() + "+xml");
    }
    overrides.forEach((name, type) ->
        xml.leaf("Override", "PartName", "/" + name, "ContentType", type));
    return xml.toBytes();
  }

  private static byte[] packageRelationships() {
    Xml xml = new Xml("Relationships", "xmlns", PACKAGE + "relationships");
    relationship(xml, "rId1", OFFICE + "relationships/officeDocument", DOCUMENT);
    relationship(xml, "rId2", OFFICE + "relationships/extended-properties", APP);
    relationship(xml, "rId3", PACKAGE + "relationships/metadata/core-properties", CORE);
    return xml.toBytes();
  }

  private static byte[] documentRelationships(List<Part> parts) {
    Xml xml = new Xml("Relationships", "xmlns", PACKAGE + "relationships");
    for (Part p : parts) {
      relationship(xml, p.id(), OFFICE + "relationships/" + p.kind(), p.name());
    }
    return xml.toBytes();
  }

  private static void relationship(Xml xml, String id, String type, String target) {
    xml.leaf("Relationship", "Id", id, "Type", type, "Target", target);
  }

  /** Extended properties: the program that wrote the file. */
  private static byte[] app() {
    return new Xml("Properties", "xmlns", OFFICE + "extended-properties")
        .element("Application", DocumentInfo.generator()).toBytes();
  }

  /**
   * Core properties: title, author (机关), subject, keywords, the document's date as created and
   * modified, and as last modified by (Word's 最后一次保存者) the program that wrote the file.
   */
  private static byte[] core(DocumentInfo info) {
    String date = info.date() + "T00:00:00Z"; // midnight UTC: W3CDTF needs a time with a zone
    Xml xml = new Xml("cp:coreProperties",
        "xmlns:cp", PACKAGE + "metadata/core-properties",
        "xmlns:dc", "http://purl.org/dc/elements/1.1/",
        "xmlns:dcterms", "http://purl.org/dc/terms/",
        "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.element("dc:title", info.title());
    xml.element("dc:subject", info.subject());
    xml.element("dc:creator", info.author());
    xml.element("cp:keywords", info.keywords());
    xml.element("cp:lastModifiedBy", DocumentInfo.generator());
    xml.start("dcterms:created").attr("xsi:type", "dcterms:W3CDTF").text(date).end();
    xml.start("dcterms:modified").attr("xsi:type", "dcterms:W3CDTF").text(date).end();
    return xml.toBytes();
  }

  /** [Content_Types].xml first (readers look for it there), then by name. */
  private static int entryOrder(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals(CONTENT_TYPES) || b.equals(CONTENT_TYPES)) {
      return a.equals(CONTENT_TYPES) ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
