package cn.nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF back for assertions: text (whole and per page), fonts used and embedded, and where
 * a string sits on a page. Pages are numbered from 1. Every method parses the bytes afresh.
 */
public final class PdfReading {
  private PdfReading() {}

  /** Number of pages. */
  public static int pageCount(byte[] pdf) {
    try (PDDocument doc = load(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document title from the info dictionary, or null. */
  public static String title(byte[] pdf) {
    try (PDDocument doc = load(pdf)) {
      return doc.getDocumentInformation().getTitle();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * All text, pages separated by line breaks. Each page is read top to bottom, left to right (the
   * content stream order differs: OpenPDF writes tables after the page's paragraphs).
   */
  public static String text(byte[] pdf) {
    return String.join("\n", pageTexts(pdf));
  }

  /** The text of each page, read top to bottom and left to right. */
  public static List<String> pageTexts(byte[] pdf) {
    try (PDDocument doc = load(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base names of the fonts that shown text uses, e.g. {@code ABCDEF+FandolFang-Regular-Identity-H}. */
  public static Set<String> fontsUsed(byte[] pdf) {
    Set<String> names = new TreeSet<>();
    for (Glyphs page : glyphs(pdf)) {
      page.positions().forEach(t -> names.add(t.getFont().getName()));
    }
    return names;
  }

  /** Fonts used for the characters of {@code s}, at its first occurrence on each page. */
  public static Set<String> fontsOf(byte[] pdf, String s) {
    Set<String> names = new TreeSet<>();
    for (Glyphs page : glyphs(pdf)) {
      page.find(s).forEach(t -> names.add(t.getFont().getName()));
    }
    return names;
  }

  /**
   * Problems with the fonts in the pages' resources: each font that is not embedded (no
   * FontFile, FontFile2 or FontFile3 in its descriptor) or not a subset (no {@code ABCDEF+}
   * prefix). Empty when all fonts are embedded subsets.
   */
  public static List<String> fontProblems(byte[] pdf) {
    List<String> problems = new ArrayList<>();
    try (PDDocument doc = load(pdf)) {
      int p = 0;
      for (PDPage page : doc.getPages()) {
        p++;
        PDResources resources = page.getResources();
        for (COSName key : resources.getFontNames()) {
          PDFont font = resources.getFont(key);
          if (!isEmbedded(font)) {
            problems.add("page " + p + ": " + font.getName() + " is not embedded");
          }
          if (font.getName() == null || !font.getName().matches("[A-Z]{6}\\+.*")) {
            problems.add("page " + p + ": " + font.getName() + " is not a subset");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** True when every font in every page's resources is embedded. */
  public static boolean allFontsEmbedded(byte[] pdf) {
    return fontProblems(pdf).stream().noneMatch(s -> s.endsWith("not embedded"));
  }

  private static boolean isEmbedded(PDFont font) {
    PDFontDescriptor d = font instanceof PDType0Font t0
        ? t0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
    return d != null
        && (d.getFontFile() != null || d.getFontFile2() != null || d.getFontFile3() != null);
  }

  /**
   * The glyph positions of the first occurrence of {@code s} on a page (one per character of
   * {@code s}), or an empty list. Coordinates are PDFBox's: x from the left, y from the top.
   */
  public static List<TextPosition> positionsOf(byte[] pdf, int page, String s) {
    return glyphs(pdf).get(page - 1).find(s);
  }

  /** Like {@link #positionsOf} for every occurrence of {@code s} on the page, in content order. */
  public static List<List<TextPosition>> occurrencesOf(byte[] pdf, int page, String s) {
    return glyphs(pdf).get(page - 1).findAll(s);
  }

  /**
   * The glyphs of a page grouped into text lines by baseline (within half a point), top to
   * bottom, each line left to right.
   */
  public static List<List<TextPosition>> lines(byte[] pdf, int page) {
    List<TextPosition> all = new ArrayList<>(glyphs(pdf).get(page - 1).positions());
    all.sort(java.util.Comparator.comparingDouble(TextPosition::getYDirAdj)
        .thenComparingDouble(TextPosition::getXDirAdj));
    List<List<TextPosition>> lines = new ArrayList<>();
    for (TextPosition t : all) {
      List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && Math.abs(last.get(0).getYDirAdj() - t.getYDirAdj()) < 0.5) {
        last.add(t);
      } else {
        List<TextPosition> line = new ArrayList<>();
        line.add(t);
        lines.add(line);
      }
    }
    return lines;
  }

  /** The glyphs of each page in the order the content stream draws them. */
  public static List<List<TextPosition>> drawingOrder(byte[] pdf) {
    return glyphs(pdf).stream().map(g -> List.copyOf(g.positions())).toList();
  }

  /** Every glyph of an open document, all pages, in drawing order. */
  public static List<TextPosition> drawn(PDDocument doc) throws IOException {
    Glyphs g = new Glyphs();
    g.getText(doc);
    return g.positions();
  }

  /** The text of a line from {@link #lines}. */
  public static String textOf(List<TextPosition> line) {
    StringBuilder sb = new StringBuilder();
    line.forEach(t -> sb.append(t.getUnicode()));
    return sb.toString();
  }

  private static List<Glyphs> glyphs(byte[] pdf) {
    try (PDDocument doc = load(pdf)) {
      List<Glyphs> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        Glyphs g = new Glyphs();
        g.setStartPage(p);
        g.setEndPage(p);
        g.getText(doc);
        pages.add(g);
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDDocument load(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }

  /** Collects every text position of a page with the text they spell. */
  private static final class Glyphs extends PDFTextStripper {
    private final List<TextPosition> all = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> owner = new ArrayList<>(); // char index -> index in all

    Glyphs() throws IOException {}

    @Override
    protected void processTextPosition(TextPosition t) {
      all.add(t);
      for (int i = 0; i < t.getUnicode().length(); i++) {
        text.append(t.getUnicode().charAt(i));
        owner.add(all.size() - 1);
      }
    }

    List<TextPosition> positions() {
      return all;
    }

    List<TextPosition> find(String s) {
      return at(text.indexOf(s), s.length());
    }

    List<List<TextPosition>> findAll(String s) {
      List<List<TextPosition>> all = new ArrayList<>();
      for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
        all.add(at(at, s.length()));
      }
      return all;
    }

    private List<TextPosition> at(int at, int length) {
      List<TextPosition> found = new ArrayList<>();
      for (int i = at; at >= 0 && i < at + length; i++) {
        TextPosition t = all.get(owner.get(i));
        if (found.isEmpty() || found.get(found.size() - 1) != t) {
          found.add(t);
        }
      }
      return found;
    }
  }
}
