package cn.nianbao.render.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.document.Block;
import cn.nianbao.document.Cell;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Heading;
import cn.nianbao.document.PageSetup;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Row;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlyphCheckTest {
  private static final String PUA = "\uE000";

  @Test
  void missingCharactersAreListedWithTheirPlaces() {
    GlyphReport report = FontSet.bundled().check(document(PUA));
    assertEquals(1, report.missing().size());
    assertEquals(List.of("标题", "正文开头 第1段", "一、总体情况 第2段", "表三 第2行第3列",
        "表四 第1行第1列", "落款 署名"), report.missing().get(0).places());
  }

  @Test
  void messageListsEachCharacterAndItsPlaces() {
    GlyphReport report = FontSet.bundled().check(document(PUA + "\uE001"));
    assertEquals("以下字符在所有可用字体中都没有字形，无法排版：\n"
        + "  “\uE000”（U+E000）：标题；正文开头 第1段；一、总体情况 第2段；表三 第2行第3列；表四 第1行第1列 等 6 处\n"
        + "  “\uE001”（U+E001）：标题；正文开头 第1段；一、总体情况 第2段；表三 第2行第3列；表四 第1行第1列 等 6 处\n"
        + "请改用其他字，或用 --fonts-dir 指定一个放有含这些字的字体的文件夹。",
        new MissingGlyphsException(report.missing()).getMessage());
  }

  @Test
  void charactersOutsideTheRoleFontAreReportedAsFallbacks() {
    GlyphReport report = FontSet.bundled().check(document("堃"));
    assertEquals(List.of(), report.missing());
    GlyphReport.Fallback kun = report.fallbacks().get(0);
    assertEquals('堃', kun.codePoint());
    assertEquals("NotoSerifCJKsc-Regular", kun.face().family());
    assertEquals("标题", kun.places().get(0));
    assertEquals(List.of(), FontSet.bundled().check(document("")).fallbacks(),
        "digits and Latin letters in the Latin face are no fallback");
  }

  /** The odd text in every kind of block, each where a reader would look for it. */
  private static Document document(String odd) {
    List<Block> blocks = List.of(
        new Title("某机关" + odd + "年度报告"),
        Paragraph.of("引言" + odd),
        new Heading(1, "一、总体情况"),
        new Heading(2, "（一）主动公开"),
        Paragraph.of("第一段 2021 ABC"),
        new Paragraph(List.of(new Run("（二）依申请公开。", FontRole.HEADING2),
            new Run("第二段" + odd, FontRole.BODY))),
        new Heading(1, "三、收到和处理政府信息公开申请情况"),
        new Table(List.of(1, 1, 1), 1, List.of(
            new Row(List.of(Cell.of("甲"), Cell.of("乙"), Cell.of("丙"))),
            new Row(List.of(Cell.of("1"), Cell.of("2"), Cell.of("3" + odd))))),
        new Heading(1, "四、其他"),
        new Table(List.of(1), 0, List.of(new Row(List.of(Cell.of(odd + "丁"))))),
        new Closing("某机关" + odd, "2021年1月20日"));
    return new Document(PageSetup.GB_T_9704, blocks);
  }
}
