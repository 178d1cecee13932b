package cn.nianbao.importer;

import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.TableDefinition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six sections of the official report and how a published heading is matched to one: the
 * official heading exactly, or a variant heading with the same number and one of the section's
 * words (e.g. {@code 一、工作概况}, {@code 五、政府信息公开工作存在的主要问题及改进情况}).
 */
final class Sections {
  /** A section of the report: its data-file key (a table's key for 二–四) and official heading. */
  record Section(int number, String key, String heading, boolean table) {}

  private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六])、(.{2,40})$");
  private static final String NUMERALS = "一二三四五六";

  private Sections() {}

  /** The six sections in report order; the table sections' headings from the table definitions. */
  static List<Section> of(FormatVersion v) {
    List<TableDefinition> t = OfficialTables.definitions(v);
    return List.of(
        new Section(1, "总体情况", "一、总体情况", false),
        new Section(2, t.get(0).schema().dataKey(), t.get(0).heading(), true),
        new Section(3, t.get(1).schema().dataKey(), t.get(1).heading(), true),
        new Section(4, t.get(2).schema().dataKey(), t.get(2).heading(), true),
        new Section(5, "存在的主要问题及改进情况", "五、存在的主要问题及改进情况", false),
        new Section(6, "其他需要报告的事项", "六、其他需要报告的事项", false));
  }

  /** Words by which a variant heading of each section (一 to 六) is recognised. */
  private static final List<List<String>> WORDS = List.of(
      List.of("总体情况", "概况", "概述", "基本情况"),
      List.of("主动公开"),
      List.of("申请"),
      List.of("复议", "诉讼"),
      List.of("问题", "改进"),
      List.of("其他", "其它"));

  /**
   * The section a line heads, or null when it is no section heading. {@code exact} tells whether
   * it is the official heading character for character (layout whitespace ignored).
   */
  static Section match(String text, List<Section> sections) {
    String n = Labels.norm(text);
    for (Section s : sections) {
      if (n.equals(Labels.norm(s.heading()))) {
        return s;
      }
    }
    Matcher m = NUMBERED.matcher(n);
    if (!m.matches() || n.endsWith("。")) {
      return null;
    }
    int number = NUMERALS.indexOf(m.group(1).charAt(0));
    for (String word : WORDS.get(number)) {
      if (m.group(2).contains(word)) {
        return sections.get(number);
      }
    }
    return null;
  }

  static boolean isOfficial(String text, Section s) {
    return Labels.norm(text).equals(Labels.norm(s.heading()));
  }
}
