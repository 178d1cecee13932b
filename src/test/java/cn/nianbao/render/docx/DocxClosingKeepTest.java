package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The closing block keeps together and with the last paragraph of the text above it. */
class DocxClosingKeepTest {
  @Test
  void lastParagraphBlankLineAndSignatureKeepWithNext() {
    List<XWPFParagraph> ps = ExampleDocx.qingshuihe2021().getParagraphs();
    int date = ps.size() - 1;
    assertEquals("2022年1月20日", ps.get(date).getText());
    assertEquals("示例市清水河街道办事处", ps.get(date - 1).getText());
    assertEquals("", ps.get(date - 2).getText());
    for (int i = date - 3; i < date; i++) {
      assertTrue(keepsWithNext(ps.get(i)), "paragraph " + i + ": " + ps.get(i).getText());
    }
    assertFalse(keepsWithNext(ps.get(date)));
  }

  private static boolean keepsWithNext(XWPFParagraph p) {
    return p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext();
  }
}
