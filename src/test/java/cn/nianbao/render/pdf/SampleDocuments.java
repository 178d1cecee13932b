package cn.nianbao.render.pdf;

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
import java.util.ArrayList;
import java.util.List;

/** Documents shaped like a real annual report, for the PDF tests. */
final class SampleDocuments {
  static final String TITLE = "某某市人民政府办公室\n2020年政府信息公开工作年度报告";
  static final String RARE = "堃镕喆昇犇淼垚玥珺祎";
  static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  static final String LABEL = "三、本年度办理结果";

  private SampleDocuments() {}

  /** Title, headings, a run-in heading paragraph, a few paragraphs, a closing; one to two pages. */
  static Document shortReport() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Title(TITLE));
    blocks.add(Paragraph.of("本报告根据《中华人民共和国政府信息公开条例》编制。"));
    blocks.add(new Heading(1, "一、总体情况"));
    blocks.add(new Heading(2, "（一）主动公开"));
    blocks.add(new Paragraph(List.of(new Run("（二）依申请公开。", FontRole.HEADING2),
        new Run("全年共收到申请" + 12 + "件，经办人" + RARE + "逐件答复。", FontRole.BODY))));
    blocks.add(Paragraph.of(filler(3)));
    blocks.add(new Closing("某某市人民政府办公室", "2021年1月20日"));
    return new Document(PageSetup.GB_T_9704, blocks);
  }

  /** About six pages: prose, then a Table-3-like table that crosses a page break, then more prose. */
  static Document longReport() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Title(TITLE));
    for (int i = 1; i <= 8; i++) {
      blocks.add(new Heading(1, "一二三四五六七八".charAt(i - 1) + "、第" + i + "部分"));
      blocks.add(Paragraph.of(filler(4)));
      if (i == 2) {
        blocks.add(applicationsTable());
      }
    }
    blocks.add(new Closing("某某市人民政府办公室", "2021年1月20日"));
    return new Document(PageSetup.GB_T_9704, blocks);
  }

  static String filler(int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append("本机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开，")
          .append("全年主动公开政府信息一千二百余条，及时回应社会关切，切实保障人民群众的知情权、参与权、表达权和监督权。");
    }
    return sb.toString();
  }

  /** Like official Table 3: 3 header rows under a 3×3 note cell, a label spanning 20 rows. */
  static Table applicationsTable() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(List.of(new Cell(NOTE, 3, 3, Cell.Align.CENTER), new Cell("申请人情况", 1, 7, Cell.Align.CENTER))));
    rows.add(new Row(List.of(new Cell("自然人", 2, 1, Cell.Align.CENTER),
        new Cell("法人或其他组织", 1, 5, Cell.Align.CENTER), new Cell("总计", 2, 1, Cell.Align.CENTER))));
    rows.add(new Row(List.of(Cell.of("商业\n企业"), Cell.of("科研\n机构"), Cell.of("社会公益组织"),
        Cell.of("法律服务机构"), Cell.of("其他"))));
    rows.add(labelRow("一、本年新收政府信息公开申请数量", 3));
    rows.add(labelRow("二、上年结转政府信息公开申请数量", 3));
    String[][] groups = {
      {"（一）予以公开"}, {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
      {"（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
        "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
        "8.属于行政查询事项"},
      {"（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"},
      {"（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息"},
      {"（六）其他处理"}, {"（七）总计"}};
    boolean first = true;
    for (String[] group : groups) {
      for (int i = group.length == 1 ? 0 : 1; i < group.length; i++) {
        List<Cell> cells = new ArrayList<>();
        if (first) {
          cells.add(new Cell(LABEL, 20, 1, Cell.Align.CENTER));
          first = false;
        }
        if (group.length == 1) {
          cells.add(new Cell(group[0], 1, 2, Cell.Align.LEFT));
        } else {
          if (i == 1) {
            cells.add(new Cell(group[0], group.length - 1, 1, Cell.Align.LEFT));
          }
          cells.add(new Cell(group[i], 1, 1, Cell.Align.LEFT));
        }
        cells.addAll(numbers());
        rows.add(new Row(cells));
      }
    }
    rows.add(labelRow("四、结转下年度继续办理", 3));
    return new Table(List.of(8, 9, 22, 8, 7, 7, 7, 7, 7, 8), 3, rows);
  }

  private static Row labelRow(String label, int span) {
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell(label, 1, span, Cell.Align.LEFT));
    cells.addAll(numbers());
    return new Row(cells);
  }

  private static List<Cell> numbers() {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      cells.add(Cell.of(String.valueOf(i * 3)));
    }
    return cells;
  }
}
