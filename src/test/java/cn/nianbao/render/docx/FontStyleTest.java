package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

class FontStyleTest {
  private final XWPFDocument doc = Samples.renderAndRead(Samples.report());
  private final List<XWPFParagraph> body = doc.getParagraphs();

  @Test
  void titleIsFangzhengXiaobiaosong22ptCentred() {
    XWPFParagraph title = body.get(0);
    assertEquals("Title", title.getStyle());
    assertEquals(new Ooxml.Font("方正小标宋简体", "方正小标宋简体", "方正小标宋简体", 44),
        font(title, 0));
    assertEquals("center", Ooxml.style(doc, "Title").getPPr().getJc().getVal().toString());
  }

  @Test
  void headingsAreHeitiAndKaiti16pt() {
    assertEquals("Heading1", body.get(2).getStyle());
    assertEquals("黑体", font(body.get(2), 0).eastAsia());
    assertEquals(32, font(body.get(2), 0).halfPoints());
    assertEquals("Heading2", body.get(3).getStyle());
    assertEquals("楷体_GB2312", font(body.get(3), 0).eastAsia());
    assertEquals(32, font(body.get(3), 0).halfPoints());
  }

  @Test
  void bodyIsFangsong16ptWithTimesNewRomanForLatin() {
    XWPFParagraph p = body.get(5);
    assertEquals("BodyText", p.getStyle());
    assertEquals(new Ooxml.Font("仿宋_GB2312", "Times New Roman", "Times New Roman", 32),
        font(p, 0));
  }

  @Test
  void runInHeadingKeepsItsOwnFontInsideABodyParagraph() {
    XWPFParagraph p = body.get(4);
    assertEquals("楷体_GB2312", font(p, 0).eastAsia());
    assertEquals("Heading2Char", p.getRuns().get(0).getStyle());
    assertEquals("仿宋_GB2312", font(p, 1).eastAsia());
  }

  @Test
  void tableTextIsFangsong10point5SingleSpacedWithoutIndent() {
    XWPFParagraph p = doc.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(0);
    assertEquals(new Ooxml.Font("仿宋_GB2312", "Times New Roman", "Times New Roman", 21),
        Ooxml.font(doc, p, p.getRuns().get(0)));
    CTPPrGeneral pPr = Ooxml.style(doc, "TableText").getPPr();
    assertEquals(240, Ooxml.twips(pPr.getSpacing().getLine()));
    assertEquals(STLineSpacingRule.AUTO, pPr.getSpacing().getLineRule());
    assertFalse(pPr.isSetInd(), "no first-line indent");
  }

  @Test
  void bodyAndHeadingsIndentTwoCharactersAndUseExactLineSpacing() {
    for (String id : List.of("BodyText", "Heading1", "Heading2")) {
      CTPPrGeneral pPr = Ooxml.style(doc, id).getPPr();
      assertEquals(200, Ooxml.twips(pPr.getInd().getFirstLineChars()), id);
      assertEquals(640, Ooxml.twips(pPr.getInd().getFirstLine()), id);
      assertEquals(579, Ooxml.twips(pPr.getSpacing().getLine()), id + ": 28.95 pt");
      assertEquals(STLineSpacingRule.EXACT, pPr.getSpacing().getLineRule(), id);
    }
    assertEquals("both", Ooxml.style(doc, "BodyText").getPPr().getJc().getVal().toString());
  }

  @Test
  void headingsAreOutlineLevelsForWordsNavigationPane() {
    assertEquals(0, Ooxml.style(doc, "Heading1").getPPr().getOutlineLvl().getVal().intValue());
    assertEquals(1, Ooxml.style(doc, "Heading2").getPPr().getOutlineLvl().getVal().intValue());
  }

  @Test
  void stylesHaveNamesUsersFindInWord() {
    assertEquals("heading 1", Ooxml.style(doc, "Heading1").getName().getVal());
    assertEquals("heading 2", Ooxml.style(doc, "Heading2").getName().getVal());
    assertEquals("Body Text", Ooxml.style(doc, "BodyText").getName().getVal());
    assertEquals("Table Text", Ooxml.style(doc, "TableText").getName().getVal());
    assertEquals("Title", Ooxml.style(doc, "Title").getName().getVal());
  }

  @Test
  void noFontsAreEmbedded() throws Exception {
    assertEquals(List.of(), doc.getPackage().getParts().stream()
        .map(part -> part.getPartName().getName())
        .filter(name -> name.contains("font") || name.endsWith(".odttf")).toList());
  }

  private Ooxml.Font font(XWPFParagraph p, int run) {
    XWPFRun r = p.getRuns().get(run);
    return Ooxml.font(doc, p, r);
  }
}
