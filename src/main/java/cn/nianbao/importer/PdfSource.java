package cn.nianbao.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with a text layer through PDFBox: each page's characters with their positions and
 * its ruling lines ({@link PdfPage}). Tables are rebuilt from the ruling lines (a cell is a box the
 * lines enclose; a missing line between two boxes is a merge), their text from the characters inside
 * each box; the rest becomes lines and, from indentation and line ends, paragraphs. A PDF without
 * a text layer (a scan) is refused with a message saying so.
 */
final class PdfSource {
  private PdfSource() {}

  static List<Block> read(String name, byte[] bytes) throws NotAReport {
    List<PdfPage.Content> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int n = 0;
      for (PDPage page : doc.getPages()) {
        n++;
        pages.add(PdfPage.read(doc, page, n));
      }
    } catch (InvalidPasswordException e) {
      throw new NotAReport(name + ": PDF 文件有打开密码，无法读取，未导入。", e);
    } catch (IOException | RuntimeException e) {
      throw new NotAReport(name + ": 不是可以读取的 PDF 文件（已损坏，或不是 PDF），未导入。", e);
    }
    long chars = pages.stream().mapToLong(p -> p.glyphs().size()).sum();
    long readable = pages.stream().flatMap(p -> p.glyphs().stream()).filter(PdfPage.Glyph::readable).count();
    if (chars == 0) {
      throw new NotAReport(name + ": PDF 中没有文字层（可能是扫描件或图片），无法识别文字，未导入。"
          + "请改用原来的 Word 文件或网页，或先用文字识别（OCR）软件转成文字。");
    }
    if (readable * 10 < chars * 9) {
      throw new NotAReport(name + ": PDF 的文字层中 " + (chars - readable) + " 个字符（共 " + chars
          + " 个）无法转成文字（嵌入的字体里没有这些字的字形，或没有字符映射；在没有中文字体的电脑上导出的 PDF 常常如此），"
          + "未导入。请改用原来的 Word 文件或网页，或在装有中文字体的电脑上重新导出 PDF。");
    }
    String one = oneCharacterForAll(pages);
    if (one != null) {
      throw new NotAReport(name + ": PDF 的文字层中大部分汉字都是同一个字 “" + one + "”，文字层不可信（导出时缺少中文字体，"
          + "字形和字符映射都不对；在没有中文字体的电脑上用 LibreOffice 导出的 PDF 常常如此），未导入。"
          + "请改用原来的 Word 文件或网页，或在装有中文字体的电脑上重新导出 PDF。");
    }
    return new Layout(pages).blocks();
  }

  /**
   * The one character most Chinese characters of the text layer claim to be, when it is so (a
   * broken text layer: Chinese text has no character that common), else null.
   */
  private static String oneCharacterForAll(List<PdfPage.Content> pages) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    int han = 0;
    for (PdfPage.Content p : pages) {
      for (PdfPage.Glyph g : p.glyphs()) {
        if (!g.text().isEmpty() && Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.HAN) {
          han++;
          counts.merge(g.text(), 1, Integer::sum);
        }
      }
    }
    if (han < 100) {
      return null;
    }
    var top = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
    return top.getValue() * 3 > han ? top.getKey() : null;
  }

  /** Puts the pages' lines together into blocks: tables, then paragraphs across pages. */
  private static final class Layout {
    private final List<PdfPage.Content> pages;
    private final List<Block> blocks = new ArrayList<>();
    private int tables;
    private Margins margins;

    Layout(List<PdfPage.Content> pages) {
      this.pages = pages;
    }

    List<Block> blocks() {
      boolean indentMode = firstLinesAreIndented();
      StringBuilder paragraph = new StringBuilder();
      Place start = null;
      boolean lastShort = true;
      for (PdfPage.Content page : pages) {
        Margins m = margins();
        for (PdfPage.Item item : page.items()) {
          if (item.table() != null) {
            start = flush(paragraph, start);
            lastShort = true;
            tables++;
            Place place = new Place("第" + page.number() + "页第" + tables + "个表格");
            blocks.add(item.table().grid(place));
            continue;
          }
          PdfPage.Line line = item.line();
          if (isPageNumber(line)) {
            continue;
          }
          boolean indented = line.left() > m.left + line.em() * 0.9;
          if (indented || (lastShort && !indentMode)) {
            start = flush(paragraph, start);
          }
          if (start == null) {
            start = new Place("第" + page.number() + "页");
          }
          paragraph.append(line.text()).append('\n');
          lastShort = line.right() < m.right - line.em() * 1.5;
        }
      }
      flush(paragraph, start);
      return blocks;
    }

    private record Margins(double left, double right) {}

    /**
     * The text block's edges, over the whole document: a page holding only a heading and a table
     * has no line at the margin of its own.
     */
    private Margins margins() {
      if (margins == null) {
        double left = Double.MAX_VALUE;
        double right = 0;
        for (PdfPage.Content page : pages) {
          for (PdfPage.Item i : page.items()) {
            if (i.line() != null && !isPageNumber(i.line())) {
              left = Math.min(left, i.line().left());
              right = Math.max(right, i.line().right());
            }
          }
        }
        margins = new Margins(left, right);
      }
      return margins;
    }

    /**
     * Whether this PDF starts its paragraphs with an indent (as the official format does; most
     * lines after a short line are then indented, where a PDF without indents has none): then
     * a line that ends short before the margin (a long number pushed to the next line) does not
     * end its paragraph; only an indented line starts one.
     */
    private boolean firstLinesAreIndented() {
      int afterShort = 0;
      int indented = 0;
      for (PdfPage.Content page : pages) {
        Margins m = margins();
        boolean lastShort = false;
        for (PdfPage.Item item : page.items()) {
          PdfPage.Line line = item.line();
          if (line == null || isPageNumber(line)) {
            continue;
          }
          if (lastShort) {
            afterShort++;
            indented += line.left() > m.left + line.em() * 0.9 ? 1 : 0;
          }
          lastShort = line.right() < m.right - line.em() * 1.5;
        }
      }
      return afterShort > 0 && indented * 2 >= afterShort;
    }

    private static boolean isPageNumber(PdfPage.Line line) {
      return ReportRecogniser.isPageNumber(line.text());
    }

    private Place flush(StringBuilder paragraph, Place start) {
      String t = Labels.clean(Labels.unwrap(paragraph.toString()));
      if (!t.isEmpty()) {
        blocks.add(new Block.Text(t, start));
      }
      paragraph.setLength(0);
      return null;
    }
  }

  static final Comparator<PdfPage.Glyph> READING = Comparator.comparingDouble(PdfPage.Glyph::y)
      .thenComparingDouble(PdfPage.Glyph::x);
}
