package cn.nianbao.starter;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.DataFormat;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import cn.nianbao.model.TableSchema;
import java.util.List;
import java.util.Map;

/** Writes the parts of a starter file in report order, each with the comments a clerk needs. */
final class Sections {
  private final StringBuilder out;
  private final FormatVersion version;
  private final int year;

  Sections(StringBuilder out, FormatVersion version, int year) {
    this.out = out;
    this.version = version;
    this.year = year;
  }

  void header(String schemaRef, String organization, Report previous) {
    if (schemaRef != null) {
      out.append("# yaml-language-server: $schema=").append(schemaRef).append('\n');
    }
    comment(Report.defaultTitle(organization, year) + " —— 数据文件（" + version.label() + "）");
    comment("由 nianbao new 生成" + (previous == null ? "。" : "，沿用了" + previous.year() + "年度报告中不变的内容。"));
    comment("");
    comment("怎样填写：");
    comment("  - 冒号后面空着的都要填写。数字用阿拉伯数字；没有的填 0，不适用的填 /（例如没有规章制定权的机关，“规章”一行填 /）。");
    comment("  - “总计”可以不填，由各项自动计算；填了就会核对。");
    comment("  - 冒号、逗号一律用英文半角（: ,），冒号后面空一格；缩进用空格，不要用 Tab。");
    comment("  - 文字中含有英文冒号、# 或以引号开头时，整段用英文双引号括起来。");
    comment("  - 随时运行 nianbao check 本文件 查看哪些还没填、哪些数字对不上；全部改正后运行 nianbao render 本文件。");
    out.append('\n');
  }

  void identity(String organization, Report previous) {
    out.append(Yaml.withComment(DataFormat.KEY + ": " + DataFormat.CURRENT, "本文件写法的版本，供程序识别，不用改"))
        .append('\n');
    out.append(Yaml.withComment("机关: " + Yaml.quoted(organization), "机关全称，用于标题和落款")).append('\n');
    out.append(Yaml.withComment("年度: " + year, "报告年度，统计期限为该年1月1日至12月31日")).append('\n');
    if (previous != null && !previous.organization().equals(organization)) {
      out.append(Yaml.withComment("上年机关名称: " + Yaml.quoted(previous.organization()),
          "机关更名：上年报告中的名称，用于跨年度核对")).append('\n');
    }
    out.append(Yaml.withComment("格式: " + version.number(), version.label() + "，由年度决定，可省略"))
        .append('\n').append('\n');
  }

  void opening(Report previous, List<String> carried, List<String> notCarried) {
    comment("引言（可选）：印在“一、总体情况”之前，每项一段。通常写编制依据、统计期限（" + year + "年1月1日至" + year
        + "年12月31日）、查阅方式和联系方式。");
    if (previous == null || previous.opening().isEmpty()) {
      comment("引言:");
      comment("  - 本报告根据《中华人民共和国政府信息公开条例》和" + formatNotice() + "的要求编制。本报告所列数据的统计期限为"
          + year + "年1月1日至" + year + "年12月31日。……");
      out.append('\n');
      return;
    }
    comment("以下沿用" + previous.year() + "年度报告的引言：请把其中的年份、统计期限和联系方式改为本年的。");
    out.append("引言:\n");
    previous.opening().forEach(p -> out.append("  - ").append(Yaml.quoted(p)).append('\n'));
    out.append('\n');
    carried.add("引言（" + previous.opening().size() + " 段，其中的年份和日期请改为本年的）");
    if (previous.format() != version
        && previous.opening().stream().anyMatch(p -> p.contains(notice(previous.format())))) {
      notCarried.add("引言 中的 “" + notice(previous.format()) + "” 没有改动：本年使用" + version.label()
          + "，请改为 “" + notice(version) + "”");
    }
  }

  void narrative(String key, Report previous) {
    switch (key) {
      case "总体情况" -> {
        comment("一、总体情况（必填）。" + (version == FormatVersion.V2021
            ? "2021年版格式要求涵盖：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障。"
            : "通常分主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。"));
        comment("每部分可有小标题（以“。”结尾时与第一段连排），段落每项一段。例如：");
        comment("  - 小标题: （一）主动公开");
        comment("    段落:");
        comment("      - " + year + "年，……主动公开政府信息……条。");
      }
      case "存在的主要问题及改进情况" -> {
        comment("五、存在的主要问题及改进情况（必填）。写法同“总体情况”，例如：");
        comment("  - 段落:");
        comment("      - 一是……；二是……。");
      }
      default -> {
        comment("六、其他需要报告的事项（必填）。" + (version == FormatVersion.V2021
            ? "2021年版格式要求报告收取信息处理费的情况（未收取的写明“本年度未收取信息处理费。”）。"
            : "没有需要报告的事项时写 “无。”。"));
        comment("例如：");
        comment("  - 段落:");
        comment("      - " + (version == FormatVersion.V2021 ? "本年度未收取信息处理费。" : "无。"));
      }
    }
    out.append(Yaml.withComment(key + ":", "未填写：写好以上内容前，正式报告不会生成")).append('\n').append('\n');
  }

  void table(TableSchema schema, String title, Map<CellRef, String> values, Map<CellRef, String> notes) {
    new TableSkeleton(schema, values, notes).write(out, title);
    out.append('\n');
  }

  void signOff(String organization, Report previous, List<String> carried) {
    String signer = organization;
    if (previous != null && previous.signOff().isPresent()) {
      signer = previous.signOff().get().signer();
      carried.add("落款 署名：" + signer + "（成文日期请填写本年的）");
    }
    comment("落款：发文机关署名和成文日期。报告应于次年1月31日前公布，成文日期一般在" + (year + 1) + "年1月。");
    out.append("落款:\n");
    out.append(Yaml.withComment("  署名: " + Yaml.quoted(signer), "发文机关署名")).append('\n');
    out.append(Yaml.withComment("  日期:", "成文日期，例如 " + (year + 1) + "-01-20 或 " + (year + 1) + "年1月20日"))
        .append('\n');
  }

  private String formatNotice() {
    return version == FormatVersion.V2021
        ? "《中华人民共和国政府信息公开工作年度报告格式》（" + notice(version) + "）"
        : "《中华人民共和国政府信息公开工作年度报告格式（试行）》（" + notice(version) + "）";
  }

  /** The notice that set a format version, as reports cite it. */
  private static String notice(FormatVersion v) {
    return v == FormatVersion.V2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
  }

  private void comment(String text) {
    out.append(text.isEmpty() ? "#" : "# " + text).append('\n');
  }
}
