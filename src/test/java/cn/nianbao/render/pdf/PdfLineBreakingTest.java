package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Run;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.PdfReading;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** 禁则: no line starts with closing punctuation or ends with opening punctuation; words whole. */
class PdfLineBreakingTest {
  static final List<Example> examples = Examples.ALL;
  private static final String CLOSING = "，。、；：？！）”》」』";
  private static final String OPENING = "（“《「『";

  @ParameterizedTest
  @FieldSource("examples")
  void noLineOfAnExampleStartsWithClosingOrEndsWithOpeningPunctuation(Example example) {
    byte[] pdf = ExamplePdfs.pdf(example);
    for (int page = 1; page <= PdfReading.pageCount(pdf); page++) {
      for (List<TextPosition> glyphs : PdfReading.lines(pdf, page)) {
        // Text lines, not table rows: a row holds several cells side by side.
        if (glyphs.get(0).getFontSizeInPt() < 12) { // table text is 10.5 pt
          continue;
        }
        String text = PdfReading.textOf(glyphs).strip();
        if (text.isEmpty()) {
          continue;
        }
        assertTrue(CLOSING.indexOf(text.charAt(0)) < 0, example + ": line starts badly: " + text
            + " size " + glyphs.get(0).getFontSizeInPt() + " at " + glyphs.get(0).getXDirAdj());
        assertTrue(OPENING.indexOf(text.charAt(text.length() - 1)) < 0,
            example + ": line ends badly: " + text);
      }
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void noLineInsideATableCellStartsWithClosingPunctuation(Example example) {
    // Cell lines read per page by PDFBox, which keeps each cell's lines apart. The narrow first
    // column of table 三 is excluded: it sets 三、本年度办理结果 vertically, one character a line.
    for (String page : PdfReading.pageTexts(ExamplePdfs.pdf(example))) {
      for (String line : page.split("\n")) {
        String text = line.strip().replaceFirst("^、( |$)", "");
        assertTrue(text.isEmpty() || CLOSING.indexOf(text.charAt(0)) < 0,
            example + ": line starts badly: " + line);
      }
    }
  }

  @Test
  void closingMarkAfterARunBoundaryIsNotPushedToTheStartOfALine() {
    // A run-in heading fills the first line up to its last character; the body run then starts
    // with a closing mark that must stay on the first line's end, with the character before it.
    String heading = "（一）" + "字".repeat(22);
    Document doc = new Document(PageSetup.GB_T_9704, List.of(new Paragraph(List.of(
        new Run(heading, FontRole.HEADING2), new Run("。正文继续写下去，直到换行为止。", FontRole.BODY)))));
    byte[] pdf = Rendered.pdf(doc, "run-boundary");
    for (String line : PdfReading.pageTexts(pdf).get(0).split("\n")) {
      assertTrue(line.isBlank() || CLOSING.indexOf(line.strip().charAt(0)) < 0, line);
    }
  }
}
