package cn.nianbao.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.Report;
import cn.nianbao.model.ReportSources;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every value keeps its span: start and end line, column and offset, in YAML and in JSON. */
class SpansTest {
  private static final String YAML = String.join("\n",
      "机关: 测试镇人民政府",
      "年度: 2021",
      "总体情况:",
      "  - 段落: [𠀀本年度政务公开工作有序开展。]",
      "主动公开政府信息情况:",
      "  行政许可: {本年处理决定数量: 12}",
      "收到和处理政府信息公开申请情况:",
      "  本年新收政府信息公开申请数量:",
      "    自然人:",
      "    商业企业: 3",
      "政府信息公开行政复议、行政诉讼情况: {}",
      "存在的主要问题及改进情况: 无。",
      "其他需要报告的事项: 无。",
      "落款: {署名: 测试镇人民政府, 日期: 2022-01-20}",
      "");

  private static Report yaml() throws IOException {
    return ReportBinder.bind("spans.yaml", new StringReader(YAML), false);
  }

  /** The text a span covers. */
  private static String covered(String text, Span span) {
    return text.substring(span.startOffset(), span.endOffset());
  }

  @Test
  void aCellKeepsItsWholeValue() throws IOException {
    Span span = yaml().activeDisclosure().get("行政许可", "本年处理决定数量").orElseThrow().span();
    assertEquals("12", covered(YAML, span));
    assertEquals(new Span(6, 20, span.startOffset(), 6, 22, span.startOffset() + 2), span);
  }

  @Test
  void aBlankCellIsAnEmptySpanJustAfterItsColon() throws IOException {
    Report report = yaml();
    Span blank = report.requests().spanOf(new CellRef("本年新收政府信息公开申请数量", "自然人"));
    assertTrue(blank.isEmpty());
    assertEquals(9, blank.startLine());
    assertEquals("    自然人:".length() + 1, blank.startColumn());
    assertEquals(':', YAML.charAt(blank.startOffset() - 1));
  }

  @Test
  void anAbsentCellPointsAtItsRowAndAnAbsentRowAtItsTable() throws IOException {
    Report report = yaml();
    assertEquals(8, report.requests().spanOf(new CellRef("本年新收政府信息公开申请数量", "其他")).startLine());
    assertEquals(7, report.requests().spanOf(new CellRef("结转下年度继续办理", "其他")).startLine());
  }

  @Test
  void narrativeAndSignOffKeepTheirSpansAndOffsetsCountCharsNotCodePoints() throws IOException {
    ReportSources sources = yaml().sources();
    assertEquals("spans.yaml", sources.file());
    Span paragraph = sources.span(ReportSources.paragraph("总体情况", 0, 0)).orElseThrow();
    assertEquals("𠀀本年度政务公开工作有序开展。", covered(YAML, paragraph));
    assertEquals("无。", covered(YAML, sources.span(ReportSources.paragraph("其他需要报告的事项", 0, 0)).orElseThrow()));
    assertEquals("测试镇人民政府", covered(YAML, sources.span("机关").orElseThrow()));
    assertEquals("测试镇人民政府", covered(YAML, sources.span("落款/署名").orElseThrow()));
    assertEquals("2022-01-20", covered(YAML, sources.span("落款/日期").orElseThrow()));
  }

  @Test
  void jsonValuesKeepTheirSpansToo() throws IOException {
    String json = "{\"机关\": \"测试镇人民政府\", \"年度\": 2021,\n"
        + " \"总体情况\": [{\"段落\": [\"本年度政务公开工作有序开展。\"]}],\n"
        + " \"主动公开政府信息情况\": {\"行政许可\": {\"本年处理决定数量\": 12}},\n"
        + " \"收到和处理政府信息公开申请情况\": {}, \"政府信息公开行政复议、行政诉讼情况\": {},\n"
        + " \"存在的主要问题及改进情况\": \"无。\", \"其他需要报告的事项\": \"无。\"}\n";
    Report report = ReportBinder.bind("spans.json", new StringReader(json), true);
    Span cell = report.activeDisclosure().get("行政许可", "本年处理决定数量").orElseThrow().span();
    assertEquals("12", covered(json, cell));
    assertEquals(3, cell.startLine());
    Span paragraph = report.sources().span(ReportSources.paragraph("总体情况", 0, 0)).orElseThrow();
    assertEquals("\"本年度政务公开工作有序开展。\"", covered(json, paragraph));
  }

  @Test
  void aFileAndItsReaderGiveTheSameSpans(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("spans.yaml"), YAML);
    assertEquals(yaml().sources(), ReportBinder.bind(file).sources());
  }
}
