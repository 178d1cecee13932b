package cn.nianbao.render.docx;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test documents built by hand, and a render-and-read-back helper. */
final class Samples {
  static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  private Samples() {}

  /** Renders with a fresh renderer and opens the result with POI. */
  static XWPFDocument renderAndRead(Document doc) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DocxRenderer.create().render(doc, out);
      return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document document(Block... blocks) {
    return new Document(PageSetup.GB_T_9704, List.of(blocks));
  }

  /** A small report using every block kind. */
  static Document report() {
    return document(
        new Title("寒葱沟镇人民政府\n2020年政府信息公开工作年度报告"),
        new Heading(1, "一、总体情况"),
        new Heading(2, "（一）主动公开"),
        new Paragraph(List.of(new Run("（二）依申请公开。", FontRole.HEADING2),
            new Run("本年度共收到申请12件，均已按时答复。", FontRole.BODY))),
        Paragraph.of("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"),
        table3(),
        new Closing("寒葱沟镇人民政府", "2021年1月20日"));
  }

  /** Table 3A of the 2019 format: 3 header rows, a 20-row label, groups of 8, 3 and 5 rows. */
  static Table table3() {
    List<Row> rows = new ArrayList<>();
    rows.add(row(cell(NOTE, 3, 3), cell("申请人情况", 1, 7)));
    rows.add(row(cell("自然人", 2, 1), cell("法人或其他组织", 1, 5), cell("总计", 2, 1)));
    rows.add(row(Cell.of("商业企业"), Cell.of("科研机构"), Cell.of("社会公益组织"),
        Cell.of("法律服务机构"), Cell.of("其他")));
    rows.add(values(cell("一、本年新收政府信息公开申请数量", 1, 3)));
    rows.add(values(cell("二、上年结转政府信息公开申请数量", 1, 3)));
    rows.add(values(cell("三、本年度办理结果", 20, 1), cell("（一）予以公开", 1, 2)));
    rows.add(values(cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)));
    group(rows, "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
        "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项");
    group(rows, "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确");
    group(rows, "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
        "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息");
    rows.add(values(cell("（六）其他处理", 1, 2)));
    rows.add(values(cell("（七）总计", 1, 2)));
    rows.add(values(cell("四、结转下年度继续办理", 1, 3)));
    return new Table(List.of(3, 6, 14, 4, 4, 4, 4, 4, 4, 4), 3, rows);
  }

  private static void group(List<Row> rows, String label, String... items) {
    rows.add(values(cell(label, items.length, 1), left(items[0])));
    for (int i = 1; i < items.length; i++) {
      rows.add(values(left(items[i])));
    }
  }

  /** The given label cells followed by seven value cells (one empty, one with a line break). */
  private static Row values(Cell... labels) {
    List<Cell> cells = new ArrayList<>(List.of(labels));
    for (int i = 0; i < 7; i++) {
      cells.add(Cell.of(i == 5 ? "" : i == 6 ? "1\n2" : String.valueOf(i)));
    }
    return new Row(cells);
  }

  private static Row row(Cell... cells) {
    return new Row(List.of(cells));
  }

  static Cell cell(String text, int rowSpan, int colSpan) {
    return new Cell(text, rowSpan, colSpan, Cell.Align.CENTER);
  }

  private static Cell left(String text) {
    return new Cell(text, 1, 1, Cell.Align.LEFT);
  }
}
