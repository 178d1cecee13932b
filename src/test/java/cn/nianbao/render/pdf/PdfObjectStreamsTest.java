package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Title;
import cn.nianbao.render.fonts.FontSearch;
import cn.nianbao.render.fonts.FontSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * With only nianbao's compact fonts the dictionaries are written in object streams, the subset
 * tags being made when the fonts are written; a face of a .ttc collection (OpenPDF's subsets,
 * whose tags are patched into the finished file) keeps the plain file. Both are the same bytes
 * every time, with each font's tag the same in the font and its descriptor.
 */
class PdfObjectStreamsTest {
  private static final Path NAMES = Path.of("src/test/resources/fonts/names");
  private static final Document DOC = new Document(PageSetup.GB_T_9704, List.of(
      new Title("年度报告"), new Heading(1, "ABC123"), Paragraph.of("本报告根据条例编制。")));

  @Test
  void compactFontsAloneGiveObjectStreams() throws IOException {
    byte[] pdf = render(FontSet.bundled());
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("/Type/ObjStm"), "object streams");
    assertTrue(raw.contains("/Type/XRef"), "a cross-reference stream");
    assertFalse(raw.contains("/FontName"), "font descriptors are compressed");
    assertArrayEquals(pdf, render(FontSet.bundled()));
    assertTagged(pdf, 4);
  }

  @Test
  void aFaceOfACollectionKeepsThePlainFile() throws IOException {
    FontSet fonts = FontSet.resolve(FontSearch.configuredOnly(NAMES));
    assertTrue(fonts.primary(FontRole.HEADING1).location().endsWith(".ttc,1"));
    byte[] pdf = render(fonts);
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains("/Type/ObjStm"));
    assertTrue(raw.contains("/FontName"));
    assertArrayEquals(pdf, render(fonts));
    assertTagged(pdf, 4);
  }

  private static byte[] render(FontSet fonts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.create(fonts).render(DOC, out);
    return out.toByteArray();
  }

  /** At least {@code fonts} Type 0 fonts, each named with a tag as its descriptor is. */
  private static void assertTagged(byte[] pdf, int fonts) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName key : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(key);
          if (font instanceof PDType0Font t) {
            String name = t.getName();
            assertTrue(name.matches("[A-Z]{6}\\+.+"), name);
            assertFalse(name.startsWith("AAAAAA+"), name);
            assertEquals(name.replace("-Identity-H", ""),
                t.getDescendantFont().getFontDescriptor().getFontName()
                    .replace("-Identity-H", ""));
            names.add(name);
          }
        }
      }
    }
    assertTrue(names.size() >= fonts, names::toString);
  }
}
