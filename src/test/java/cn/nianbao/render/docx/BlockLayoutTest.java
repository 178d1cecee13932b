package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Closing;
import cn.nianbao.testing.DocxTables;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;

/** Title, blank lines and the closing block as paragraphs. */
class BlockLayoutTest {
  private final XWPFDocument doc = Samples.renderAndRead(Samples.report());
  private final List<XWPFParagraph> paragraphs = doc.getParagraphs();

  @Test
  void titleLineBreakIsABreakInsideOneParagraph() {
    assertEquals("寒葱沟镇人民政府\n2020年政府信息公开工作年度报告",
        DocxTables.paragraphText(paragraphs.get(0)));
    assertEquals(1, paragraphs.get(0).getCTP().getRArray(0).sizeOfBrArray());
  }

  @Test
  void oneEmptyBodyLineSeparatesTitleAndBody() {
    assertEquals("BodyText", paragraphs.get(1).getStyle());
    assertEquals("", paragraphs.get(1).getText());
    assertEquals("一、总体情况", paragraphs.get(2).getText());
  }

  @Test
  void closingFollowsOneEmptyLineRightAlignedWithCharacterIndents() {
    int n = paragraphs.size();
    assertEquals("", paragraphs.get(n - 3).getText());
    XWPFParagraph signature = paragraphs.get(n - 2);
    XWPFParagraph date = paragraphs.get(n - 1);
    assertEquals("寒葱沟镇人民政府", signature.getText());
    assertEquals("2021年1月20日", date.getText());
    assertRight(signature, 200, 640);
    assertRight(date, 150, 480);
  }

  @Test
  void closingWithALongerDateMovesTheSignature() {
    XWPFDocument d = Samples.renderAndRead(Samples.document(new Closing("某某局", "2021年12月31日")));
    List<XWPFParagraph> ps = d.getParagraphs();
    assertRight(ps.get(ps.size() - 2), 800, 2560);
    assertRight(ps.get(ps.size() - 1), 200, 640);
  }

  private static void assertRight(XWPFParagraph p, int chars, int twips) {
    assertEquals(ParagraphAlignment.RIGHT, p.getAlignment());
    CTInd ind = p.getCTP().getPPr().getInd();
    assertEquals(chars, Ooxml.twips(ind.getRightChars()));
    assertEquals(twips, Ooxml.twips(ind.getRight()));
    assertEquals(0, Ooxml.twips(ind.getFirstLine()));
    assertTrue(ind.isSetFirstLineChars(), "style's first-line indent is cancelled");
  }
}
