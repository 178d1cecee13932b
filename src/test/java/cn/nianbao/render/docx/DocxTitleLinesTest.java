package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The title is wrapped into balanced lines, the same as in the PDF (TitleLines). */
class DocxTitleLinesTest {
  @Test
  void exampleTitleBreaksAfterTheYear() {
    XWPFParagraph title = ExampleDocx.qingshuihe2021().getParagraphs().get(0);
    assertEquals("Title", title.getStyle());
    assertEquals("示例市清水河街道办事处2021年\n政府信息公开工作年度报告", title.getText());
  }
}
