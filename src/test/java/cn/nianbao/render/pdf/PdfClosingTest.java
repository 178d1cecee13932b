package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.testing.PdfReading;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** GB/T 9704 §7.3.5.2: 署名右空二字; 日期首字比署名首字右移二字; a longer date gets 右空二字. */
class PdfClosingTest {
  private static final float MM = 72f / 25.4f;
  private static final float RIGHT_EDGE = (210 - 26) * MM;
  private static final float TWO_CHARS = 32;

  @Test
  void signatureHasTwoCharacterRightIndentAndDateStartsTwoCharactersRightOfIt() {
    byte[] pdf = render("某某市人民政府办公室", "2021年1月20日");
    List<TextPosition> sig = PdfReading.positionsOf(pdf, 1, "某某市人民政府办公室");
    List<TextPosition> date = PdfReading.positionsOf(pdf, 1, "2021年1月20日");
    assertEquals(RIGHT_EDGE - TWO_CHARS, right(sig), 1.0);
    assertEquals(sig.get(0).getXDirAdj() + TWO_CHARS, date.get(0).getXDirAdj(), 1.0);
  }

  @Test
  void dateLongerThanSignatureGetsTheRightIndentInstead() {
    byte[] pdf = render("某局", "2021年12月31日");
    List<TextPosition> sig = PdfReading.positionsOf(pdf, 1, "某局");
    List<TextPosition> date = PdfReading.positionsOf(pdf, 1, "2021年12月31日");
    assertEquals(RIGHT_EDGE - TWO_CHARS, right(date), 1.0);
    assertEquals(sig.get(0).getXDirAdj() + TWO_CHARS, date.get(0).getXDirAdj(), 1.0);
  }

  private static byte[] render(String signature, String date) {
    return Rendered.pdf(new Document(PageSetup.GB_T_9704,
        List.of(Paragraph.of("正文。"), new Closing(signature, date))), "closing");
  }

  private static float right(List<TextPosition> text) {
    TextPosition last = text.get(text.size() - 1);
    return last.getXDirAdj() + last.getWidthDirAdj();
  }
}
