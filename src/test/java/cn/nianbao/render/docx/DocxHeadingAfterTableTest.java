package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** A heading right after a table gets half a line of space, so it does not touch the table. */
class DocxHeadingAfterTableTest {
  @Test
  void headingsAfterTablesHaveSpaceBeforeAndOthersNone() {
    XWPFDocument doc = ExampleDocx.qingshuihe2021();
    IBodyElement previous = null;
    int afterTables = 0;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
        int before = p.getSpacingBefore();
        if (previous instanceof XWPFTable) {
          assertEquals(DocxWriter.AFTER_TABLE, before, p.getText());
          afterTables++;
        } else {
          assertTrue(before <= 0, p.getText() + ": " + before);
        }
      }
      previous = e;
    }
    assertEquals(3, afterTables, "headings 三、四、五 follow tables 二、三、四");
  }
}
