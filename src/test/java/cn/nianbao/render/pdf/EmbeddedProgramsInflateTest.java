package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.render.fonts.cff.CffFont;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Zlib;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Inflater;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example's embedded CFF programs, taken raw from the PDF and inflated by the runtime's
 * zlib ({@link Inflater}, which checks the Adler-32): exactly the subset {@link CffFont#subset}
 * makes of the bundled font for the glyphs the program holds; and the subset tag is the one
 * derived from the compressed program, the same in the font and its descriptor.
 */
class EmbeddedProgramsInflateTest {
  static List<Example> examples() {
    return Examples.ALL;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyCffProgramInflatesToTheSubsetOfItsGlyphs(Example example) throws Exception {
    int programs = 0;
    try (PDDocument doc = Loader.loadPDF(ExamplePdfs.pdf(example))) {
      for (PDType0Font font : type0Fonts(doc)) {
        PDFontDescriptor descriptor = font.getDescendantFont().getFontDescriptor();
        if (descriptor.getFontFile3() == null) {
          continue; // the TrueType Latin face
        }
        COSStream stream = descriptor.getFontFile3().getCOSObject();
        assertEquals(COSName.FLATE_DECODE, stream.getFilters());
        byte[] program;
        try (InputStream raw = stream.createRawInputStream()) {
          program = Zlib.inflate(raw.readAllBytes());
        }
        String name = descriptor.getFontName();
        assertTrue(name.matches("[A-Z]{6}\\+Fandol.*-Identity-H"), name);
        assertEquals(name, font.getName());
        String file = name.substring(7, name.length() - "-Identity-H".length());
        CFFCIDFont embedded =
            (CFFCIDFont) new CFFParser().parse(new RandomAccessReadBuffer(program)).get(0);
        int[] cids = IntStream.range(0, embedded.getNumCharStrings())
            .map(gid -> embedded.getCharset().getCIDForGID(gid)).toArray();
        CffFont source = CffFont.of(Files.readAllBytes(Path.of("fonts", file + ".otf")));
        assertArrayEquals(source.subset(cids), program, name);
        programs++;
      }
    }
    assertFalse(programs == 0, "no CFF program in " + example);
  }

  private static List<PDType0Font> type0Fonts(PDDocument doc) throws IOException {
    List<PDType0Font> fonts = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      for (COSName key : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(key);
        if (font instanceof PDType0Font t && !seen.contains(t.getName())) {
          seen.add(t.getName());
          fonts.add(t);
        }
      }
    }
    return fonts;
  }
}
