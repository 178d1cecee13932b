package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;

/** Narrow cells (table 四's 15 columns of 10.4 mm) hold two characters a line: 0.1 cm margins. */
class DocxTableCellMarginsTest {
  @Test
  void everyTableHasSmallCellMargins() {
    for (XWPFTable table : ExampleDocx.qingshuihe2021().getTables()) {
      CTTblCellMar mar = table.getCTTbl().getTblPr().getTblCellMar();
      assertEquals(57, Ooxml.twips(mar.getLeft().getW()));
      assertEquals(57, Ooxml.twips(mar.getRight().getW()));
      assertEquals(0, Ooxml.twips(mar.getTop().getW()));
      assertEquals(0, Ooxml.twips(mar.getBottom().getW()));
    }
  }
}
