package cn.nianbao.importer;

import cn.nianbao.model.DataFormat;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.Subsection;
import cn.nianbao.model.TableDefinition;
import cn.nianbao.starter.DataFileText;
import java.util.List;
import java.util.Map;

/**
 * Writes what was recognised as a data file in the order and with the comments of the file
 * {@code nianbao new} writes; what could not be placed stands as comments before the nearest key.
 */
final class DataFileWriter {
  private final StringBuilder out = new StringBuilder();
  private final Recognised r;

  private DataFileWriter(Recognised r) {
    this.r = r;
  }

  static String write(Recognised r, String sourceName) {
    DataFileWriter w = new DataFileWriter(r);
    w.comment((r.title != null ? r.title : "政府信息公开工作年度报告") + " —— 数据文件（" + r.version.label() + "）");
    w.comment("由 nianbao import 从 " + sourceName + " 导入。导入后请运行 nianbao check 本文件 核对数字。");
    w.comments(Recognised.TOP);
    w.out.append('\n');
    w.identity();
    w.opening();
    w.narrative("总体情况", "一、总体情况");
    for (TableDefinition t : OfficialTables.definitions(r.version)) {
      String key = t.schema().dataKey();
      w.comments(key);
      DataFileText.table(w.out, t.schema(), t.heading(), r.values.getOrDefault(key, Map.of()),
          r.cellNotes.getOrDefault(key, Map.of()));
      w.out.append('\n');
    }
    w.narrative("存在的主要问题及改进情况", "五、存在的主要问题及改进情况");
    w.narrative("其他需要报告的事项", "六、其他需要报告的事项");
    w.signOff();
    return w.out.toString();
  }

  private void identity() {
    out.append(DataFormat.KEY).append(": ").append(DataFormat.CURRENT).append('\n');
    out.append(DataFileText.withComment("机关:" + (r.organization == null ? "" : " " + DataFileText.quoted(r.organization)),
        "机关全称，用于标题和落款")).append('\n');
    out.append(DataFileText.withComment("年度:" + (r.year == null ? "" : " " + r.year),
        "报告年度，统计期限为该年1月1日至12月31日")).append('\n');
    out.append(DataFileText.withComment("格式: " + r.version.number(), r.version.label())).append('\n');
    if (r.title != null && !ReportRecogniser.defaultTitle(r)) {
      out.append("标题: ").append(DataFileText.quoted(r.title)).append('\n');
    }
    out.append('\n');
  }

  private void opening() {
    comments(Recognised.OPENING);
    if (r.opening.isEmpty()) {
      return;
    }
    out.append("引言:\n");
    r.opening.forEach(p -> out.append("  - ").append(DataFileText.quoted(p)).append('\n'));
    out.append('\n');
  }

  private void narrative(String key, String heading) {
    comment(heading);
    comments(key);
    List<Subsection> parts = r.sections.get(key);
    if (parts == null || parts.isEmpty()) {
      out.append(key).append(":\n\n");
      return;
    }
    out.append(key).append(":\n");
    for (Subsection part : parts) {
      String dash = "  - ";
      if (part.heading().isPresent()) {
        out.append(dash).append("小标题: ").append(DataFileText.quoted(part.heading().get())).append('\n');
        dash = "    ";
      }
      if (part.paragraphs().isEmpty()) {
        out.append(dash).append("段落: []\n");
        continue;
      }
      out.append(dash).append("段落:\n");
      part.paragraphs().forEach(p -> out.append("      - ").append(DataFileText.quoted(p)).append('\n'));
    }
    out.append('\n');
  }

  private void signOff() {
    comments(Recognised.SIGN_OFF);
    if (r.signer == null && r.date == null) {
      return;
    }
    out.append("落款:\n");
    if (r.signer != null) {
      out.append("  署名: ").append(DataFileText.quoted(r.signer)).append('\n');
    }
    out.append("  日期:").append(r.date == null ? "" : " " + r.date).append('\n');
  }

  private void comments(String anchor) {
    r.comments.getOrDefault(anchor, List.of()).forEach(c -> comment("导入：" + c));
  }

  private void comment(String text) {
    for (String line : text.split("\n")) {
      out.append("# ").append(line).append('\n');
    }
  }
}
