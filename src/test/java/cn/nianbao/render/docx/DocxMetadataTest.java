package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The DOCX describes itself from the document's metadata and carries no clock time. */
class DocxMetadataTest {
  private final Document doc = document();
  private final byte[] bytes = render(doc);

  @Test
  void corePropertiesHoldTitleAuthorProgramAndTheDocumentsDate() throws Exception {
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      POIXMLProperties props = read.getProperties();
      POIXMLProperties.CoreProperties core = props.getCoreProperties();
      assertEquals("示例市清水河街道办事处2021年政府信息公开工作年度报告", core.getTitle());
      assertEquals("示例市清水河街道办事处", core.getCreator());
      assertTrue(core.getLastModifiedByUser().startsWith("nianbao "), core.getLastModifiedByUser());
      assertEquals(core.getLastModifiedByUser(),
          props.getExtendedProperties().getUnderlyingProperties().getApplication());
      // the 落款 date of the example, not today
      assertEquals(LocalDate.of(2022, 1, 20),
          core.getCreated().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
      assertEquals(core.getCreated(), core.getModified());
    }
    String all = new String(bytes, StandardCharsets.ISO_8859_1);
    assertFalse(all.contains("Apache POI"));
  }

  @Test
  void zipEntriesHaveOneFixedTimeAndContentTypesComeFirst() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
        assertEquals(null, e.getExtra(), e.getName()); // no extended (zone-dependent) timestamp
      }
    }
    assertEquals("[Content_Types].xml", names.get(0));
    List<String> rest = new ArrayList<>(names.subList(1, names.size()));
    rest.sort(null);
    assertEquals(rest, names.subList(1, names.size()));
  }

  @Test
  void twoRendersGiveTheSameBytes() {
    assertEquals(java.util.HexFormat.of().formatHex(bytes),
        java.util.HexFormat.of().formatHex(render(document())));
  }

  private static Document document() {
    try {
      return ReportTemplates.bundled().produce(ReportBinder.bind(Examples.ALL.get(2).path()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] render(Document doc) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DocxRenderer.create().render(doc, out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
