package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Block;
import cn.nianbao.document.Document;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.spec.Spec;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.PdfReading;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** GB/T 9704 §5.2.2: 22 lines of 28 characters fill the 156 × 225 mm type area. */
class PdfBodyGridTest {
  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 28 * MM;
  private static final float RIGHT = (210 - 26) * MM;
  private static final float PITCH = 28.95f;

  /** Three pages of plain CJK prose: every line but a paragraph's last is full. */
  private final byte[] pdf = Rendered.pdf(prose(), "grid");

  @Test
  void fullBodyLineHoldsTwentyEightCharactersFromEdgeToEdge() {
    List<List<TextPosition>> full = fullLines(2);
    assertTrue(full.size() >= 15, "full lines on page 2: " + full.size());
    int twentyEight = 0;
    for (List<TextPosition> line : full) {
      // 29 where a closing mark was squeezed in rather than start the next line; 27 where it
      // could not be and took the character before it down
      assertTrue(line.size() >= 27 && line.size() <= 29, PdfReading.textOf(line));
      TextPosition last = line.get(line.size() - 1);
      assertEquals(LEFT, line.get(0).getXDirAdj(), 0.5);
      // A closing mark squeezed in at the end is set half-width (its empty right half past the
      // margin, Spec.HALF_AT_LINE_END): the line then ends at the middle of its advance.
      float end = last.getXDirAdj() + last.getWidthDirAdj();
      boolean half = line.size() == 29
          && Spec.HALF_AT_LINE_END.indexOf(last.getUnicode().charAt(0)) >= 0;
      assertEquals(RIGHT, half ? end - last.getWidthDirAdj() * (float) Spec.HANG : end, 0.5,
          PdfReading.textOf(line));
      if (line.size() == 28) {
        twentyEight++;
        for (int i = 1; i < 28; i++) {
          float step = line.get(i).getXDirAdj() - line.get(i - 1).getXDirAdj();
          assertEquals(156 * MM / 28, step, 0.05, PdfReading.textOf(line));
        }
      }
    }
    assertTrue(twentyEight >= full.size() * 3 / 4, twentyEight + " of " + full.size());
  }

  @Test
  void fullPageHoldsTwentyTwoLinesAtTheFixedPitch() {
    List<Float> baselines = bodyBaselines(PdfReading.lines(pdf, 2));
    assertEquals(22, baselines.size(), "lines on page 2");
    for (int i = 1; i < baselines.size(); i++) {
      assertEquals(PITCH, baselines.get(i) - baselines.get(i - 1), 0.05, "line " + (i + 1));
    }
  }

  @Test
  void exampleBodyLinesArePitchedAtTwentyEightPointNinetyFive() {
    byte[] example = ExamplePdfs.pdf(Examples.ALL.get(2));
    List<Float> baselines = bodyBaselines(PdfReading.lines(example, 1));
    assertTrue(baselines.size() >= 15, "body lines on page 1: " + baselines.size());
    for (int i = 1; i < baselines.size(); i++) {
      float gap = baselines.get(i) - baselines.get(i - 1);
      assertEquals(0, Math.IEEEremainder(gap, PITCH), 0.1, "gap " + gap + " before line " + i);
    }
  }

  @Test
  void titleIsSetInBalancedLines() {
    byte[] example = ExamplePdfs.pdf(Examples.ALL.get(2));
    List<String> texts = PdfReading.lines(example, 1).stream().map(PdfReading::textOf).toList();
    assertEquals("示例市清水河街道办事处2021年", texts.get(0));
    assertEquals("政府信息公开工作年度报告", texts.get(1));
  }

  /** Lines set in 16 pt body text (the page number and title are other sizes). */
  private static List<Float> bodyBaselines(List<List<TextPosition>> lines) {
    List<Float> out = new ArrayList<>();
    for (List<TextPosition> line : lines) {
      if (Math.abs(line.get(0).getFontSizeInPt() - 16) < 0.5) {
        out.add(line.get(0).getYDirAdj());
      }
    }
    return out;
  }

  private List<List<TextPosition>> fullLines(int page) {
    List<List<TextPosition>> lines = PdfReading.lines(pdf, page);
    List<List<TextPosition>> full = new ArrayList<>();
    for (List<TextPosition> line : lines) {
      TextPosition last = line.get(line.size() - 1);
      if (line.get(0).getXDirAdj() < LEFT + 1 && last.getXDirAdj() + last.getWidthDirAdj() > RIGHT - 8) {
        full.add(line);
      }
    }
    return full;
  }

  private static Document prose() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      blocks.add(Paragraph.of(SampleDocuments.filler(2)));
    }
    return new Document(PageSetup.GB_T_9704, blocks);
  }
}
