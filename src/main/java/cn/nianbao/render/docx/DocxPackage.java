package cn.nianbao.render.docx;

import cn.nianbao.document.DocumentInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes a DOCX file depend on nothing but the document: metadata from {@link DocumentInfo}
 * instead of the clock and "Apache POI", and the zip re-written with its entries in a fixed order
 * and one fixed timestamp (POI's package layer stamps every entry with the current time).
 */
final class DocxPackage {
  /**
   * One constant time for every entry, so that no clock or zone shows. Not 1980-01-01, the DOS
   * minimum: Java adds a time-zone-dependent extended timestamp for it.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private DocxPackage() {}

  /** Sets core and extended properties: title, author (机关), dates, program name. */
  static void describe(XWPFDocument doc, DocumentInfo info) {
    POIXMLProperties props = doc.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    Date date = Date.from(info.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setTitle(info.title());
    core.setCreator(info.author());
    core.setSubjectProperty(info.subject());
    core.setKeywords(info.keywords());
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    // Word shows this as 最后一次保存者: the program that wrote the file.
    core.setLastModifiedByUser(DocumentInfo.generator());
    props.getExtendedProperties().getUnderlyingProperties().setApplication(DocumentInfo.generator());
  }

  /** Writes POI's package to {@code out} with entries in a fixed order and a fixed time. */
  static void write(XWPFDocument doc, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    doc.write(raw);
    Map<String, byte[]> entries = new TreeMap<>(DocxPackage::entryOrder);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
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
