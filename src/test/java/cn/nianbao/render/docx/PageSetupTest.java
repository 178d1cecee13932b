package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.PageSetup;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

class PageSetupTest {
  private final XWPFDocument doc = Samples.renderAndRead(Samples.report());
  private final CTSectPr sect = doc.getDocument().getBody().getSectPr();

  @Test
  void pageIsA4InTwips() {
    assertEquals(11906, Ooxml.twips(sect.getPgSz().getW()));
    assertEquals(16838, Ooxml.twips(sect.getPgSz().getH()));
  }

  @Test
  void marginsAreGbT9704InTwips() {
    assertEquals(2098, Ooxml.twips(sect.getPgMar().getTop()), "37 mm");
    assertEquals(1984, Ooxml.twips(sect.getPgMar().getBottom()), "35 mm");
    assertEquals(1587, Ooxml.twips(sect.getPgMar().getLeft()), "28 mm");
    assertEquals(1474, Ooxml.twips(sect.getPgMar().getRight()), "26 mm");
  }

  @Test
  void lineGridPitchIs28point95pt() {
    assertEquals(STDocGrid.LINES, sect.getDocGrid().getType());
    assertEquals(579, Ooxml.twips(sect.getDocGrid().getLinePitch()));
  }

  @Test
  void twentyEightBodyCharactersFitOnALine() {
    int spacing = Ooxml.twips(Ooxml.style(doc, "BodyText").getRPr().getSpacingArray(0).getVal());
    int perChar = Twips.BODY_CHAR + spacing;
    assertEquals(-5, spacing);
    assertTrue(28 * perChar <= 8844 && 29 * perChar > 8844, "28 chars per line: " + perChar);
  }

  @Test
  void marginsComeFromThePageSetup() {
    PageSetup wide = new PageSetup(210, 297, 20, 20, 20, 20);
    XWPFDocument other = Samples.renderAndRead(
        new cn.nianbao.document.Document(wide, Samples.report().blocks()));
    CTSectPr s = other.getDocument().getBody().getSectPr();
    assertEquals(1134, Ooxml.twips(s.getPgMar().getLeft()));
    assertEquals(170 * 1440 / 25.4, Ooxml.twips(
        other.getTables().get(0).getCTTbl().getTblPr().getTblW().getW()), 0.5);
  }
}
