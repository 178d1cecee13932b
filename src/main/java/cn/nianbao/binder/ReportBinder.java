package cn.nianbao.binder;

import cn.nianbao.binder.Fields.Text;
import cn.nianbao.binder.SourceNode.Entry;
import cn.nianbao.binder.SourceNode.ListNode;
import cn.nianbao.binder.SourceNode.MapNode;
import cn.nianbao.binder.SourceNode.Scalar;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.DataFormat;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.Report;
import cn.nianbao.model.ReportSources;
import cn.nianbao.model.SignOff;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.Subsection;
import cn.nianbao.model.TableSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report data file (YAML, or JSON when the name ends in {@code .json}) into a
 * {@link Report}. Every problem found is collected and thrown together in a
 * {@link BindingException}; nothing is silently dropped or guessed. Every value keeps its span in
 * the file: table cells in their {@link cn.nianbao.model.CellValue}, the rest in
 * {@link Report#sources()}.
 */
public final class ReportBinder {
  /** Top-level keys, in the order the report prints them. */
  public static final List<String> KEYS = List.of(DataFormat.KEY, "机关", "年度", "上年机关名称", "格式", "标题",
      "引言", "总体情况",
      OfficialTables.ACTIVE_KEY, OfficialTables.REQUESTS_KEY, OfficialTables.APPEALS_KEY,
      "存在的主要问题及改进情况", "其他需要报告的事项", "落款");

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");

  /** The largest data file accepted, in bytes (5 MB). */
  public static final int MAX_BYTES = DataFile.MAX_BYTES;

  private final String fileName;
  private final Problems problems;
  private final Fields fields;
  private final Map<String, Span> spans = new LinkedHashMap<>();

  private ReportBinder(String fileName) {
    this.fileName = fileName;
    this.problems = new Problems(fileName);
    this.fields = new Fields(problems);
  }

  /**
   * Reads and binds a data file (JSON when its name ends in {@code .json}, else YAML). A file
   * larger than {@link #MAX_BYTES}, or that is not a regular file, is refused without reading it.
   *
   * @throws BindingException when the file cannot be read or bound, with every problem found
   */
  public static Report bind(Path file) throws IOException {
    String name = file.getFileName().toString();
    ReportBinder binder = new ReportBinder(name);
    return binder.bindText(DataFile.read(file, binder.problems), DataFile.isJson(name));
  }

  /**
   * Binds data read from {@code reader}; {@code fileName} is used in messages.
   *
   * @throws BindingException when the data cannot be bound, with every problem found
   */
  public static Report bind(String fileName, Reader reader, boolean json) throws IOException {
    ReportBinder binder = new ReportBinder(fileName);
    return binder.bindText(DataFile.read(reader, binder.problems), json);
  }

  private Report bindText(String text, boolean json) throws IOException {
    SourceText source = new SourceText(text);
    RawCharacters.check(source, problems);
    SyntaxError.checkLines(source, KEYS, json, problems);
    SourceNode root = new SourceReader(source, problems, json).read();
    Report report = report(root);
    if (!problems.isEmpty()) {
      throw problems.failure();
    }
    return report;
  }

  private Report report(SourceNode root) {
    MapNode map = fields.map(root, "报告数据").orElse(null);
    if (map == null) {
      return null;
    }
    if (!dataFormatKnown(map)) {
      return null; // a newer file's other keys would only add confusing messages
    }
    fields.onlyKnownKeys(map, "", KEYS, k -> null);
    String organization = requiredText(map, "机关", "（机关全称，例如 寒葱沟镇人民政府）");
    Integer year = year(map);
    FormatVersion version = version(map, year);
    String title = optional(map, "标题").flatMap(e -> fields.text(e.value(), "标题"))
        .map(t -> keep("标题", t))
        .orElse(organization == null || year == null ? null : Report.defaultTitle(organization, year));
    List<Text> openingTexts = optional(map, "引言")
        .flatMap(e -> fields.texts(e.value(), "引言")).orElse(List.of());
    List<String> opening = new ArrayList<>();
    for (int i = 0; i < openingTexts.size(); i++) {
      opening.add(keep(ReportSources.opening(i), openingTexts.get(i)));
    }
    List<Subsection> overview = sections(map, "总体情况");
    List<Subsection> problemsSection = sections(map, "存在的主要问题及改进情况");
    List<Subsection> other = sections(map, "其他需要报告的事项");
    Optional<SignOff> signOff = optional(map, "落款").flatMap(e -> signOff(e.value()));
    Optional<String> previousOrganization = optional(map, "上年机关名称")
        .flatMap(e -> fields.text(e.value(), "上年机关名称")).map(t -> keep("上年机关名称", t));
    List<StatTable> tables = version == null ? List.of() : tables(map, version);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Report(organization, year, version, title, opening, overview,
        tables.get(0), tables.get(1), tables.get(2), problemsSection, other, signOff,
        previousOrganization.filter(name -> !name.equals(organization)),
        new ReportSources(fileName, spans));
  }

  /** Checks {@code 数据格式版本}, when given: a whole number this nianbao reads. */
  private boolean dataFormatKnown(MapNode map) {
    Entry e = map.entries().get(DataFormat.KEY);
    if (e == null) {
      return true;
    }
    String text = e.value() instanceof Scalar s && !s.isNull() ? s.text().strip() : "";
    if (!text.matches("[1-9]\\d{0,8}")) {
      fields.problem(e.value().span(), DataFormat.KEY + ": 应为正整数，例如 " + DataFormat.CURRENT
          + "，实际为" + e.value().kindName());
      return true;
    }
    int version = Integer.parseInt(text);
    if (version > DataFormat.CURRENT) {
      fields.problem(e.value().span(), DataFormat.KEY + ": 本文件的数据格式版本为 " + version
          + "，需要能读取数据格式版本 " + version + " 的新版 nianbao（当前 nianbao 最高读取版本 "
          + DataFormat.CURRENT + "），请更新 nianbao 后再试");
      return false;
    }
    return true;
  }

  private Integer year(MapNode map) {
    Entry e = fields.required(map, "", "年度", "（报告年度，例如 2020）").orElse(null);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof Scalar s && !s.isNull() && s.text().strip().matches("\\d{4}")) {
      int year = Integer.parseInt(s.text().strip());
      if (year >= FormatVersion.FIRST_YEAR) {
        spans.put("年度", s.span());
        return year;
      }
      fields.problem(s.span(), "年度: 政府信息公开工作年度报告的统一格式自" + FormatVersion.FIRST_YEAR
          + "年度起施行，实际为 “" + year + "”");
      return null;
    }
    fields.problem(e.value().span(), "年度: 应为四位数的年份，例如 2020，实际为" + e.value().kindName());
    return null;
  }

  private FormatVersion version(MapNode map, Integer year) {
    FormatVersion expected = year == null ? null : FormatVersion.forYear(year);
    Entry e = map.entries().get("格式");
    if (e == null) {
      return expected;
    }
    String text = e.value() instanceof Scalar s && !s.isNull() ? s.text().strip() : "";
    FormatVersion stated = text.matches("\\d{4}") ? FormatVersion.ofNumber(Integer.parseInt(text)) : null;
    if (stated == null) {
      fields.problem(e.value().span(), "格式: 应为 " + FormatVersion.choices() + "，实际为" + e.value().kindName());
      return null;
    }
    if (expected != null && stated != expected) {
      fields.problem(e.value().span(), "格式: " + year + "年度报告应使用" + expected.label()
          + "，实际为 “" + text + "”");
      return null;
    }
    return stated;
  }

  private List<StatTable> tables(MapNode map, FormatVersion version) {
    List<StatTable> tables = new ArrayList<>();
    List<TableSchema> schemas = OfficialTables.all(version);
    List<TableSchema> others = OfficialTables.all(version.other());
    for (int i = 0; i < schemas.size(); i++) {
      TableSchema schema = schemas.get(i);
      TableSchema other = others.get(i);
      Optional<Entry> entry = fields.required(map, "", schema.dataKey(), "（" + schema.name() + "）");
      tables.add(entry.flatMap(e -> fields.map(e.value(), schema.name())
          .map(n -> new TableBinder(fields, version, schema, other).bind(n, e.keySpan()))).orElse(null));
    }
    return tables;
  }

  /**
   * A narrative section: a list of parts; {@code 无。} (one string) or a list of strings stands for
   * parts of one paragraph each, as a clerk writes a section with nothing to report.
   */
  private List<Subsection> sections(MapNode map, String key) {
    Entry e = fields.required(map, "", key, "（没有内容时可写 “无。”）").orElse(null);
    if (e == null) {
      return List.of();
    }
    if (e.value() instanceof Scalar s && s.isNull()
        || e.value() instanceof ListNode empty && empty.items().isEmpty()) {
      spans.put(key, e.value().span()); // where the checker's EMPTY points
      return List.of(); // not written yet: the checker reports it, so a draft can still be made
    }
    if (e.value() instanceof Scalar s) {
      return fields.text(s, key).map(t -> List.of(plainPart(key, 0, t))).orElse(List.of());
    }
    if (!(e.value() instanceof ListNode list)) {
      fields.problem(e.value().span(), key + ": 应为一个或多个部分组成的列表（每部分含 段落，可选 小标题），"
          + "没有内容时可写 “无。”，实际为" + e.value().kindName());
      return List.of();
    }
    List<Subsection> out = new ArrayList<>();
    for (SourceNode item : list.items()) {
      int part = out.size();
      if (item instanceof Scalar s && !s.isNull()) {
        fields.text(s, key).ifPresent(t -> out.add(plainPart(key, part, t)));
      } else {
        fields.map(item, key).ifPresent(m -> subsection(m, key, part).ifPresent(out::add));
      }
    }
    return out;
  }

  private Subsection plainPart(String section, int part, Text text) {
    return new Subsection(Optional.empty(),
        List.of(keep(ReportSources.paragraph(section, part, 0), text)));
  }

  private Optional<Subsection> subsection(MapNode m, String section, int part) {
    fields.onlyKnownKeys(m, section, List.of("小标题", "段落"), k -> null);
    Optional<String> heading = Optional.ofNullable(m.entries().get("小标题"))
        .flatMap(h -> fields.text(h.value(), section + " 小标题"))
        .map(t -> keep(ReportSources.heading(section, part), t));
    return fields.required(m, section, "段落", "（该部分的段落列表）")
        .flatMap(p -> fields.texts(p.value(), section + " 段落"))
        .map(texts -> {
          List<String> paragraphs = new ArrayList<>();
          for (int i = 0; i < texts.size(); i++) {
            paragraphs.add(keep(ReportSources.paragraph(section, part, i), texts.get(i)));
          }
          return new Subsection(heading, paragraphs);
        });
  }

  private Optional<SignOff> signOff(SourceNode node) {
    MapNode m = fields.map(node, "落款").orElse(null);
    if (m == null) {
      return Optional.empty();
    }
    fields.onlyKnownKeys(m, "落款", List.of("署名", "日期"), k -> null);
    Optional<String> signer = fields.required(m, "落款", "署名", "（发文机关署名）")
        .flatMap(e -> fields.text(e.value(), "落款 署名")).map(t -> keep("落款/署名", t));
    Optional<Entry> dateEntry = fields.required(m, "落款", "日期", "（成文日期，例如 2021-01-20）");
    boolean dateBlank = dateEntry.isPresent() && dateEntry.get().value() instanceof Scalar s && s.isNull();
    Optional<LocalDate> date = dateBlank ? Optional.empty() : dateEntry.flatMap(e -> date(e.value()));
    if (dateBlank) {
      spans.put("落款/日期", dateEntry.get().value().span()); // where the checker's EMPTY points
    }
    if (signer.isPresent() && dateBlank) {
      return Optional.of(new SignOff(signer.get(), null)); // not written yet: the checker reports it
    }
    return signer.isPresent() && date.isPresent()
        ? Optional.of(new SignOff(signer.get(), date.get())) : Optional.empty();
  }

  private Optional<LocalDate> date(SourceNode node) {
    String text = node instanceof Scalar s && !s.isNull() ? s.text().strip() : "";
    Matcher m = DATE.matcher(text);
    if (m.matches()) {
      boolean iso = m.group(2) != null;
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(iso ? 2 : 4)), Integer.parseInt(m.group(iso ? 3 : 5)));
        spans.put("落款/日期", node.span());
        return Optional.of(date);
      } catch (DateTimeException e) {
        // falls through to the message below: the pattern matched but the day does not exist
      }
    }
    fields.problem(node.span(), "落款 日期: 应为日期，例如 2021-01-20 或 2021年1月20日，实际为" + node.kindName());
    return Optional.empty();
  }

  private String requiredText(MapNode map, String key, String hint) {
    return fields.required(map, "", key, hint).flatMap(e -> fields.text(e.value(), key))
        .map(t -> keep(key, t)).orElse(null);
  }

  /** Remembers where a text value stood and returns the text. */
  private String keep(String path, Text text) {
    spans.put(path, text.span());
    return text.text();
  }

  private static Optional<Entry> optional(MapNode map, String key) {
    return Optional.ofNullable(map.entries().get(key));
  }
}
