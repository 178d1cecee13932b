package cn.nianbao.render.pdf;

import static cn.nianbao.testing.Charstrings.outline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.render.fonts.cff.CffFont;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.PdfReading;
import cn.nianbao.testing.Examples;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.TextLine;
import cn.nianbao.typeset.TextRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.cff.Type2CharString;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled CFF fonts are embedded as compact subsets: every character of the examples and
 * the long report is in them with the source font's outline and width (hints may be gone), and each program
 * holds only the used glyphs, within 1.2 times what they and the source's fixed tables take.
 */
class CompactFontSubsetsTest {
  private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();

  static Stream<String> reports() {
    return Stream.concat(Examples.ALL.stream().map(e -> e.path().toString()),
        Stream.of("src/test/resources/long-report/long-2021.yaml"));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void everyCharacterIsDrawnWithTheSourceGlyphAndWidth(String file) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(Path.of(file)));
    byte[] pdf = Rendered.pdf(doc, "compact-" + Path.of(file).getFileName());
    List<TextPosition> shown = glyphs(pdf);
    assertEquals(withoutSpaces(typesetText(PdfRenderer.create().pages(doc))),
        withoutSpaces(textOf(shown)));
    try (PDDocument read = Loader.loadPDF(pdf)) {
      for (TextPosition g : PdfReading.drawn(read)) {
        if (!(g.getFont() instanceof PDType0Font type0)
            || !(type0.getDescendantFont() instanceof PDCIDFontType0 cid)) {
          continue; // the Latin face is TrueType: PdfTrueTypeSubsetTest
        }
        Source source = source(type0);
        int code = g.getCharacterCodes()[0];
        int gid = source.otf.getUnicodeCmapLookup().getGlyphId(g.getUnicode().codePointAt(0));
        assertEquals(gid, code, () -> "code of " + g.getUnicode()); // Identity-H: code = CID
        CFFCIDFont embedded = (CFFCIDFont) cid.getCFFFont();
        int slot = embedded.getCharset().getGIDForCID(code);
        assertTrue(slot > 0, () -> g.getUnicode() + " has no glyph in " + type0.getName());
        Type2CharString drawn = embedded.getType2CharString(code);
        Type2CharString original = source.cff.getType2CharString(source.cff instanceof
            CFFCIDFont c ? c.getCharset().getCIDForGID(gid) : gid);
        assertEquals(outline(original), outline(drawn), () -> "glyph of " + g.getUnicode());
        assertEquals(original.getWidth(), drawn.getWidth(), () -> "width of " + g.getUnicode());
        float width = source.otf.getAdvanceWidth(gid) * 1000f / source.otf.getUnitsPerEm();
        assertEquals(width, type0.getWidthFromFont(code), 0.5f, g.getUnicode());
        assertEquals(type0.getWidth(code), type0.getWidthFromFont(code), 1f, g.getUnicode());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void eachProgramHoldsOnlyTheUsedGlyphsWithinTheBound(String file) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(Path.of(file)));
    byte[] pdf = Rendered.pdf(doc, "compact-" + Path.of(file).getFileName());
    try (PDDocument read = Loader.loadPDF(pdf)) {
      Map<PDType0Font, Set<Integer>> codes = new HashMap<>();
      for (TextPosition g : PdfReading.drawn(read)) {
        if (g.getFont() instanceof PDType0Font t
            && t.getDescendantFont() instanceof PDCIDFontType0) {
          codes.computeIfAbsent(t, k -> new TreeSet<>()).add(g.getCharacterCodes()[0]);
        }
      }
      assertFalse(codes.isEmpty());
      for (Map.Entry<PDType0Font, Set<Integer>> e : codes.entrySet()) {
        PDType0Font font = e.getKey();
        byte[] program;
        try (InputStream in = font.getFontDescriptor().getFontFile3().createInputStream()) {
          program = in.readAllBytes();
        }
        CFFFont embedded = new CFFParser().parse(new RandomAccessReadBuffer(program)).get(0);
        Set<Integer> slots = new TreeSet<>(e.getValue());
        slots.add(0);
        assertEquals(slots.size(), embedded.getNumCharStrings(), font.getName());
        Source source = source(font);
        CffFont cff = CffFont.of(source.file);
        long charStrings = 0;
        Set<Integer> fontDicts = new TreeSet<>();
        for (int gid : slots) {
          charStrings += source.cff.getCharStringBytes().get(gid).length;
          fontDicts.add(cff.fontDictOf(gid));
        }
        long bound = (long) (1.2 * (charStrings
            + cff.fixedSize(fontDicts.stream().mapToInt(Integer::intValue).toArray())));
        assertTrue(program.length <= bound,
            () -> font.getName() + ": " + program.length + " bytes > " + bound);
      }
    }
  }

  private record Source(byte[] file, OpenTypeFont otf, CFFFont cff) {}

  /** The bundled font file an embedded font was made from, by its name without the tag. */
  private static Source source(PDFont font) {
    String name = font.getName().substring(7).replace("-Identity-H", "");
    return SOURCES.computeIfAbsent(name, n -> {
      try {
        byte[] file = Files.readAllBytes(Path.of("fonts", n + ".otf"));
        OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBuffer(file));
        return new Source(file, otf, otf.getCFF().getFont());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String typesetText(List<Page> pages) {
    StringBuilder text = new StringBuilder();
    for (Page page : pages) {
      for (TextLine line : page.lines()) {
        for (TextRun run : line.runs()) {
          text.append(run.text());
        }
      }
    }
    return text.toString();
  }

  private static String textOf(List<TextPosition> glyphs) {
    StringBuilder text = new StringBuilder();
    glyphs.forEach(g -> text.append(g.getUnicode()));
    return text.toString();
  }

  private static String withoutSpaces(String s) {
    return s.replaceAll("\\s", "");
  }

  private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return PdfReading.drawn(doc);
    }
  }

}
