package cn.nianbao.importer;

import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import cn.nianbao.model.Subsection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the blocks of a published report onto the report: the title (year and 机关 from it), the
 * opening paragraphs, the six sections by their headings, sub-headings, the tables (by
 * {@link TableRecogniser}) and the sign-off. Whatever has no place is noted where it stood.
 */
final class ReportRecogniser {
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
  private static final Pattern SUB_HEADING = Pattern.compile("^（[一二三四五六七八九十]+）");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[—\\-－–]?\\d{1,3}[—\\-－–]?$");
  /** Longer than this, a line starting with （一） is a paragraph, not a standalone sub-heading. */
  private static final int MAX_HEADING = 60;

  private ReportRecogniser() {}

  /** A page number as printed in a footer: {@code — 3 —}, {@code -3-}, {@code 3}. */
  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(Labels.norm(text)).matches();
  }

  static Recognised recognise(List<Block> blocks, String file) throws NotAReport {
    Recognised out = new Recognised(file);
    List<Block.Grid> grids = blocks.stream().filter(Block.Grid.class::isInstance).map(Block.Grid.class::cast).toList();
    List<Block.Text> texts = blocks.stream().filter(Block.Text.class::isInstance).map(Block.Text.class::cast)
        .filter(t -> !t.text().isEmpty() && !PAGE_NUMBER.matcher(Labels.norm(t.text())).matches()).toList();
    List<Sections.Section> sections = Sections.of(FormatVersion.V2021);
    int first = -1;
    for (int i = 0; i < texts.size() && first < 0; i++) {
      if (Sections.match(texts.get(i).text(), sections) != null) {
        first = i;
      }
    }
    if (first < 0 || grids.isEmpty()) {
      throw new NotAReport(file + ": 没有找到政府信息公开工作年度报告的章节（如 “一、总体情况”）和统计表，不像是年度报告，未生成数据文件。");
    }
    title(texts.subList(0, first), out);
    FormatVersion fromHeads = TableRecogniser.versionFromHeads(grids);
    if (out.year != null && out.year >= FormatVersion.FIRST_YEAR) {
      out.version = FormatVersion.forYear(out.year);
      if (fromHeads != null && fromHeads != out.version) {
        out.note(Recognised.TOP, null, "表二的列名属于" + fromHeads.label() + "，而" + out.year + "年度应使用"
            + out.version.label() + "：按年度导入，请核对表二");
      }
    } else {
      out.version = fromHeads != null ? fromHeads : FormatVersion.V2021;
      out.note(Recognised.TOP, null, "标题中没有报告年度，“年度” 留空；按表二的列名判断为" + out.version.label());
    }
    sections = Sections.of(out.version);
    body(blocks, texts.get(first), sections, out);
    return out;
  }

  /**
   * Only the statistical tables, as a workbook gives them: no sections or sign-off are looked
   * for. The year is taken from the first text (a title row) naming one.
   *
   * @param version the format version to read the tables in (the data file's, for {@code --into}),
   *                or null to take it from the year or the table-二 column heads
   * @param intoDataFile the tables go into an existing data file, which keeps what the source lacks
   */
  static Recognised recogniseTables(List<Block> blocks, String file, FormatVersion version, boolean intoDataFile)
      throws NotAReport {
    Recognised out = new Recognised(file);
    List<Block.Grid> grids = blocks.stream().filter(Block.Grid.class::isInstance).map(Block.Grid.class::cast).toList();
    for (Block b : blocks) {
      if (b instanceof Block.Text t && out.year == null) {
        Matcher m = YEAR.matcher(Labels.norm(t.text()));
        if (m.find()) {
          out.year = Integer.parseInt(m.group(1));
        }
      }
    }
    FormatVersion fromHeads = TableRecogniser.versionFromHeads(grids);
    if (version != null) {
      out.version = version;
    } else if (out.year != null && out.year >= FormatVersion.FIRST_YEAR) {
      out.version = FormatVersion.forYear(out.year);
    } else {
      out.version = fromHeads != null ? fromHeads : FormatVersion.V2021;
    }
    if (fromHeads != null && fromHeads != out.version) {
      out.note(Recognised.TOP, null, "表二的列名属于" + fromHeads.label() + "，而按" + out.version.label()
          + "导入：请核对表二");
    }
    TableRecogniser tables = new TableRecogniser(out.version, out);
    grids.forEach(tables::add);
    boolean any = out.values.values().stream().anyMatch(m -> !m.isEmpty());
    if (!any) {
      throw new NotAReport(file + ": 没有找到官方统计表（表二、表三、表四）的行名和数字，未导入。");
    }
    tables.finish(intoDataFile);
    return out;
  }

  /** The title lines (up to the one ending in 报告) and the opening paragraphs after them. */
  private static void title(List<Block.Text> before, Recognised out) {
    int end = -1;
    for (int i = 0; i < before.size() && end < 0; i++) {
      if (before.get(i).text().contains("报告")) {
        end = i;
      }
    }
    int start = end;
    while (start > 0 && isTitleLine(before.get(start - 1).text())) {
      start--;
    }
    for (int i = 0; i < Math.max(start, 0); i++) {
      out.note(Recognised.TOP, before.get(i).place(), "标题前的文字 “" + before.get(i).text() + "” 未导入");
    }
    if (end < 0) {
      out.note(Recognised.TOP, null, "没有找到报告标题，“机关” 和 “年度” 留空");
      before.forEach(t -> out.opening.add(t.text()));
      return;
    }
    StringBuilder title = new StringBuilder();
    before.subList(start, end + 1).forEach(t -> title.append(t.text().replaceAll("\\s+", "")));
    out.title = title.toString();
    Matcher m = YEAR.matcher(out.title);
    if (m.find()) {
      out.year = Integer.parseInt(m.group(1));
      String body = out.title.substring(0, m.start()).strip();
      out.organization = body.isEmpty() ? null : body;
    }
    if (out.organization == null) {
      out.note(Recognised.TOP, before.get(end).place(), "标题 “" + out.title + "” 中没有 “机关名称+年份” ，“机关” 留空");
    }
    before.subList(end + 1, before.size()).forEach(t -> out.opening.add(t.text()));
  }

  /**
   * A line that may be part of a title broken over lines: short, no sentence or colon, not a site's
   * breadcrumb ({@code 首页 > 政务公开}), and with Chinese in it (an empty line between two title
   * lines is kept; a line of Latin letters or digits is not part of the title).
   */
  private static final Character.UnicodeScript HAN = Character.UnicodeScript.HAN;

  private static boolean isTitleLine(String text) {
    return text.length() <= 30 && !text.endsWith("。") && !text.contains("：") && !text.contains(":")
        && text.chars().noneMatch(c -> ">›»|".indexOf(c) >= 0)
        && (text.isBlank() || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == HAN));
  }

  /** Walks the blocks from the first section heading on. */
  private static void body(List<Block> blocks, Block.Text firstHeading, List<Sections.Section> sections,
      Recognised out) {
    TableRecogniser tables = new TableRecogniser(out.version, out);
    Sections.Section current = null;
    List<Block.Text> paragraphs = new ArrayList<>();
    boolean started = false;
    for (Block b : blocks) {
      if (b == firstHeading) {
        started = true;
      }
      if (!started) {
        continue;
      }
      if (b instanceof Block.Grid g) {
        tables.add(g);
        continue;
      }
      Block.Text t = (Block.Text) b;
      if (t.text().isEmpty() || PAGE_NUMBER.matcher(Labels.norm(t.text())).matches()) {
        continue;
      }
      Sections.Section s = Sections.match(t.text(), sections);
      if (s != null && (current == null || s.number() > current.number())) {
        close(current, paragraphs, out, false);
        paragraphs = new ArrayList<>();
        current = s;
        if (!Sections.isOfficial(t.text(), s)) {
          out.note(s.key(), t.place(), "标题 “" + t.text() + "” 按官方的 “" + s.heading() + "” 导入");
        }
        continue;
      }
      paragraphs.add(t);
    }
    close(current, paragraphs, out, true);
    tables.finish(false);
    for (Sections.Section s : sections) {
      if (!s.table() && !out.sections.containsKey(s.key())) {
        out.note(s.key(), null, "原文中没有 “" + s.heading() + "” 一节，留空待填");
      }
    }
  }

  private static void close(Sections.Section s, List<Block.Text> paragraphs, Recognised out, boolean last) {
    if (s == null) {
      return;
    }
    if (last) {
      signOff(paragraphs, out);
    }
    if (s.table()) {
      for (Block.Text t : paragraphs) {
        out.note(s.key(), t.place(), s.heading() + " 中表格以外的文字 “" + t.text() + "” 未导入");
      }
      return;
    }
    out.sections.put(s.key(), parts(paragraphs));
  }

  /** The 落款 at the end: a date line, and the short line before it as the signer. */
  private static void signOff(List<Block.Text> paragraphs, Recognised out) {
    if (paragraphs.isEmpty()) {
      return;
    }
    String lastText = Labels.norm(paragraphs.get(paragraphs.size() - 1).text());
    if (!DATE.matcher(lastText).matches()) {
      return;
    }
    out.date = lastText;
    paragraphs.remove(paragraphs.size() - 1);
    if (!paragraphs.isEmpty()) {
      String signer = paragraphs.get(paragraphs.size() - 1).text();
      if (signer.length() <= 40 && !signer.endsWith("。") && !SUB_HEADING.matcher(signer).find()) {
        out.signer = signer;
        paragraphs.remove(paragraphs.size() - 1);
      }
    }
  }

  /** Paragraphs into parts: a line starting with （一） opens a part, run in when its heading ends in 。. */
  static List<Subsection> parts(List<Block.Text> paragraphs) {
    List<Subsection> parts = new ArrayList<>();
    Optional<String> heading = Optional.empty();
    List<String> current = new ArrayList<>();
    boolean open = false;
    for (Block.Text t : paragraphs) {
      String p = t.text();
      if (SUB_HEADING.matcher(p).find()) {
        int stop = p.indexOf('。');
        String head = null;
        String rest = null;
        if (stop >= 0 && stop < MAX_HEADING) {
          head = p.substring(0, stop + 1);
          rest = p.substring(stop + 1).strip();
        } else if (stop < 0 && p.length() <= MAX_HEADING) {
          head = p;
          rest = "";
        }
        if (head != null) {
          if (open) {
            parts.add(new Subsection(heading, current));
          }
          heading = Optional.of(head);
          current = new ArrayList<>();
          open = true;
          if (!rest.isEmpty()) {
            current.add(rest);
          }
          continue;
        }
      }
      open = true;
      current.add(p);
    }
    if (open) {
      parts.add(new Subsection(heading, current));
    }
    return parts;
  }

  /** True when the title is the one the data file would default to. */
  static boolean defaultTitle(Recognised r) {
    return r.organization != null && r.year != null && r.title != null
        && r.title.equals(Report.defaultTitle(r.organization, r.year));
  }
}
