package cn.nianbao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.PdfReading;
import org.junit.jupiter.api.Test;

class PdfTextOrderTest {
  private final byte[] pdf = Rendered.pdf(SampleDocuments.longReport(), "long");

  @Test
  void titleHeadingsParagraphsAndTableCellsComeOutInReadingOrder() {
    String text = PdfReading.text(pdf).replaceAll("\\s", "");
    assertInOrder(text,
        "某某市人民政府办公室",
        "2020年政府信息公开工作年度报告",
        "一、第1部分",
        "本机关坚持以公开为常态",
        "二、第2部分",
        "申请人情况",
        "法人或其他组织",
        "自然人",
        "商业",
        "一、本年新收政府信息公开申请数量",
        "（一）予以公开",
        "1.属于国家秘密",
        "4.保护第三方合法权益",
        "6.属于四类过程性信息",
        "8.属于行政查询事项",
        "（七）总计",
        "四、结转下年度继续办理",
        "三、第3部分",
        "八、第8部分",
        "某某市人民政府办公室",
        "2021年1月20日");
  }

  @Test
  void documentTitleMetadataIsTheTitleText() {
    assertEquals("某某市人民政府办公室2020年政府信息公开工作年度报告", PdfReading.title(pdf));
  }

  private static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int start = from;
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, () -> "\"" + part + "\" missing after offset " + start + " in:\n" + text);
      from = at + part.length();
    }
  }
}
