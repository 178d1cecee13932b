package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.DocxTables;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class FooterTest {
  private final XWPFDocument doc = Samples.renderAndRead(Samples.report());
  private final XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();

  @Test
  void evenAndOddPagesHaveTheirOwnFooters() {
    assertTrue(doc.getEvenAndOddHeadings());
    assertEquals(2, doc.getFooterList().size());
  }

  @Test
  void bothFootersShowPageFieldBetweenEmDashes() {
    for (XWPFFooter footer : new XWPFFooter[] {
        policy.getDefaultFooter(), policy.getEvenPageFooter()}) {
      XWPFParagraph p = footer.getParagraphs().get(0);
      assertEquals("\u2014 1 \u2014", DocxTables.paragraphText(p));
      String xml = p.getCTP().xmlText();
      assertTrue(xml.contains("fldCharType=\"begin\"") && xml.contains("fldCharType=\"end\""),
          xml);
      assertEquals(" PAGE ", p.getCTP().getRArray(2).getInstrTextArray(0).getStringValue());
    }
  }

  @Test
  void oddPageNumberIsRightAlignedOneCharacterIn() {
    XWPFParagraph p = policy.getDefaultFooter().getParagraphs().get(0);
    assertEquals(ParagraphAlignment.RIGHT, p.getAlignment());
    assertEquals(320, Ooxml.twips(p.getCTP().getPPr().getInd().getRight()));
  }

  @Test
  void evenPageNumberIsLeftAlignedOneCharacterIn() {
    XWPFParagraph p = policy.getEvenPageFooter().getParagraphs().get(0);
    assertEquals(ParagraphAlignment.LEFT, p.getAlignment());
    assertEquals(320, Ooxml.twips(p.getCTP().getPPr().getInd().getLeft()));
  }

  @Test
  void pageNumberIsSongti14pt() {
    XWPFParagraph p = policy.getDefaultFooter().getParagraphs().get(0);
    assertEquals(new Ooxml.Font("宋体", "宋体", "宋体", 28),
        Ooxml.font(doc, p, p.getRuns().get(0)));
  }
}
