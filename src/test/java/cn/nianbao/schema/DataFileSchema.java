package cn.nianbao.schema;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.DataFormat;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.SumRule;
import cn.nianbao.model.TableDefinition;
import cn.nianbao.model.ValueType;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates the JSON Schema (draft-07) of the data file of each format version, for editors (the
 * VS Code YAML extension completes keys and flags typos with it). The tables come from the same
 * definitions the binder, the checker and the templates use ({@link OfficialTables}); the other
 * keys follow what {@link ReportBinder} accepts. Run {@link #main} (or the test
 * {@code SchemaFilesAreCurrentTest} with {@code -Dnianbao.writeSchemas=true}) to rewrite
 * {@code schemas/}.
 */
public final class DataFileSchema {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DataFileSchema() {}

  /** Writes {@code schemas/nianbao-<version>.schema.json} for every format version. */
  public static void main(String[] args) throws IOException {
    for (FormatVersion v : FormatVersion.values()) {
      Files.createDirectories(file(v).getParent());
      Files.writeString(file(v), text(v), StandardCharsets.UTF_8);
      System.out.println("wrote " + file(v));
    }
  }

  /** Where the schema of {@code v} is committed, relative to the repository root. */
  public static Path file(FormatVersion v) {
    return Path.of("schemas", "nianbao-" + v.number() + ".schema.json");
  }

  /** The schema of {@code v} as the committed file holds it: pretty-printed, {@code \n} line ends. */
  public static String text(FormatVersion v) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(of(v)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of a data file in format version {@code v}. */
  public static ObjectNode of(FormatVersion v) {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("title", "政府信息公开工作年度报告数据文件：" + v.label());
    root.put("description", "nianbao 的数据文件：" + years(v) + "的政府信息公开工作年度报告。"
        + "表格中的数字：0 是数字；留空（只写键和冒号）表示尚未填写，正式报告中是错误；"
        + "“/” 或 “不适用” 表示该项不适用。");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.set(DataFormat.KEY, dataFormat());
    properties.set("机关", text("机关", "报告机关的全称，例如 “寒葱沟镇人民政府”；也用于默认标题。"));
    properties.set("年度", year(v));
    properties.set("上年机关名称", text("上年机关名称",
        "可省略。机关自上年起更名（如乡改镇）时，写上年报告中的机关名称，以便对照上年数据做跨年度检查。"));
    properties.set("格式", format(v));
    properties.set("标题", text("标题",
        "可省略，默认为 “{机关}{年度}年政府信息公开工作年度报告”。写明时可用 \\n 强制换行。"));
    properties.set("引言", paragraphs("引言",
        "可省略。印在 “一、总体情况” 之前的段落（编制依据、统计期限、电子版地址、联系方式等），每项一段。"));
    properties.set("总体情况", narrative("一、总体情况"));
    List<TableDefinition> tables = OfficialTables.definitions(v);
    for (TableDefinition t : tables) {
      properties.set(t.schema().dataKey(), Tables.table(t));
    }
    properties.set("存在的主要问题及改进情况", narrative("五、存在的主要问题及改进情况"));
    properties.set("其他需要报告的事项", narrative("六、其他需要报告的事项（没有时写一部分，段落为 “无。”）"));
    properties.set("落款", signOff());
    checkAgainstBinder(properties);
    ArrayNode required = root.putArray("required");
    List.of("机关", "年度", "总体情况").forEach(required::add);
    tables.forEach(t -> required.add(t.schema().dataKey()));
    List.of("存在的主要问题及改进情况", "其他需要报告的事项").forEach(required::add);
    root.put("additionalProperties", false);
    root.set("definitions", Values.definitions());
    return root;
  }

  /** The schema names exactly the top-level keys the binder accepts. */
  private static void checkAgainstBinder(ObjectNode properties) {
    Set<String> described = new HashSet<>();
    properties.fieldNames().forEachRemaining(described::add);
    if (!described.equals(Set.copyOf(ReportBinder.KEYS))) {
      throw new IllegalStateException("schema keys " + described + " differ from the binder's " + ReportBinder.KEYS);
    }
  }

  private static String years(FormatVersion v) {
    FormatVersion next = next(v);
    return next == null ? v.number() + "年度及以后" : v.number() + "至" + (next.number() - 1) + "年度";
  }

  private static FormatVersion next(FormatVersion v) {
    FormatVersion[] all = FormatVersion.values();
    return v.ordinal() + 1 < all.length ? all[v.ordinal() + 1] : null;
  }

  static ObjectNode described(String title, String description) {
    ObjectNode node = JSON.objectNode();
    node.put("title", title);
    node.put("description", description);
    return node;
  }

  private static ObjectNode dataFormat() {
    ObjectNode node = described(DataFormat.KEY, "数据文件本身的格式版本（不是报告的官方格式）。可省略；写明后，"
        + "较早的 nianbao 读到更新版本的文件会提示升级，而不是逐一报告不认识的键。当前为 " + DataFormat.CURRENT + "。");
    node.put("type", "integer");
    node.put("minimum", 1);
    node.put("maximum", DataFormat.CURRENT);
    return node;
  }

  private static ObjectNode text(String title, String description) {
    ObjectNode node = described(title, description);
    node.put("type", "string");
    node.put("minLength", 1);
    return node;
  }

  private static ObjectNode year(FormatVersion v) {
    ObjectNode node = described("年度", "报告年度，四位数年份。本格式（" + v.label() + "）用于" + years(v) + "。");
    node.put("type", "integer");
    node.put("minimum", v.number());
    FormatVersion next = next(v);
    if (next != null) {
      node.put("maximum", next.number() - 1);
    }
    return node;
  }

  private static ObjectNode format(FormatVersion v) {
    ObjectNode node = described("格式", "可省略，由年度确定；写明时须与年度相符。本文件为 " + v.number()
        + "，即" + v.label() + "。");
    node.putArray("enum").add(v.number());
    return node;
  }

  private static ObjectNode paragraphs(String title, String description) {
    ObjectNode node = described(title, description);
    node.put("type", "array");
    ObjectNode item = node.putObject("items");
    item.put("type", "string");
    return node;
  }

  private static ObjectNode narrative(String section) {
    ObjectNode node = described(section, section + "：由一个或多个部分组成的列表，每部分有可选的 小标题 和段落列表 段落。"
        + "留空表示尚未填写（nianbao new 写出的新文件即如此），核对时报 “未填写”，正式报告不会生成。");
    node.putArray("type").add("array").add("null");
    node.put("minItems", 1);
    ObjectNode part = node.putObject("items");
    part.put("title", "部分");
    part.put("description", section + " 的一个部分。");
    part.put("type", "object");
    ObjectNode properties = part.putObject("properties");
    properties.set("小标题", text("小标题",
        "可省略。该部分的小标题，例如 “（一）主动公开”；以 “。” 结尾的小标题与第一段连排（楷体）。"));
    properties.set("段落", paragraphs("段落", "该部分的段落，每项一段（写在一行内）。"));
    part.putArray("required").add("段落");
    part.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode signOff() {
    ObjectNode node = described("落款", "可省略。发文机关署名和成文日期，按 GB/T 9704 排在正文之后。");
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    properties.set("署名", text("署名", "发文机关署名，例如 “寒葱沟镇人民政府”。"));
    ObjectNode date = described("日期", "成文日期，例如 2022-01-20 或 2022年1月20日。留空表示尚未填写，核对时报 “未填写”。");
    date.putArray("type").add("string").add("null");
    date.put("pattern", "^\\d{4}(-\\d{1,2}-\\d{1,2}|年\\d{1,2}月\\d{1,2}日)$");
    properties.set("日期", date);
    node.putArray("required").add("署名").add("日期");
    node.put("additionalProperties", false);
    return node;
  }

  /** The statistical tables: nested objects along each row's key path, cells at the leaves. */
  static final class Tables {
    private Tables() {}

    static ObjectNode table(TableDefinition t) {
      ObjectNode node = described(t.schema().name() + " " + t.heading(), t.heading() + "：" + t.schema().name()
          + "的数字，按官方表格逐行填写；行和列的键是官方标签去掉编号（和括号中的说明）。");
      group(node, t, "", false);
      return node;
    }

    /** An object holding the rows (or groups) whose key paths continue {@code prefix}. */
    private static void group(ObjectNode node, TableDefinition t, String prefix, boolean blankAllowed) {
      if (blankAllowed) {
        node.putArray("type").add("object").add("null");
      } else {
        node.put("type", "object");
      }
      ObjectNode properties = node.putObject("properties");
      for (RowSpec row : t.schema().rows()) {
        String key = row.key();
        if (!prefix.isEmpty() && !key.startsWith(prefix + "/")) {
          continue;
        }
        String rest = prefix.isEmpty() ? key : key.substring(prefix.length() + 1);
        String next = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String path = prefix.isEmpty() ? next : prefix + "/" + next;
        if (properties.has(next)) {
          continue;
        }
        if (path.equals(key)) {
          properties.set(next, row(t, row));
        } else {
          ObjectNode child = described(t.label(path), t.schema().name() + " “" + t.label(path)
              + "” 下的各项；整组留空表示尚未填写。");
          group(child, t, path, true);
          properties.set(next, child);
        }
      }
      node.put("additionalProperties", false);
    }

    private static ObjectNode row(TableDefinition t, RowSpec row) {
      ObjectNode node = described(t.label(row.key()), t.schema().name() + " “" + row.label()
          + "” 一行，各列：" + row.columns().stream().map(ColumnSpec::label).collect(Collectors.joining("、"))
          + "；整行留空表示尚未填写。");
      node.putArray("type").add("object").add("null");
      ObjectNode properties = node.putObject("properties");
      Set<String> totals = t.schema().sums().stream().map(SumRule::total)
          .filter(c -> c.row().equals(row.key())).map(c -> c.column()).collect(Collectors.toSet());
      for (ColumnSpec c : row.columns()) {
        properties.set(c.key(), Values.cell(t.schema().describe(new CellRef(row.key(), c.key())),
            c, totals.contains(c.key())));
      }
      node.put("additionalProperties", false);
      return node;
    }
  }

  /** What a table cell may hold: a number of its type, the not-applicable mark, or nothing. */
  static final class Values {
    private Values() {}

    static ObjectNode cell(String where, ColumnSpec column, boolean total) {
      String kind = switch (column.type()) {
        case COUNT -> "非负整数";
        case CHANGE -> "整数，可为负数（本年减少时）";
        case AMOUNT -> "非负数，可带小数，照写照印（12.50 仍印 12.50）";
      };
      ObjectNode node = described(column.label(), where + "：" + kind + "；留空表示尚未填写；“/” 或 “不适用” 表示不适用。"
          + (total ? "这是合计：省略时由各项相加得出，写明时须与各项之和相等。" : ""));
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.addObject().put("$ref", "#/definitions/" + name(column.type()));
      anyOf.addObject().put("$ref", "#/definitions/不适用");
      anyOf.addObject().put("type", "null");
      return node;
    }

    static ObjectNode definitions() {
      ObjectNode defs = JSON.objectNode();
      ObjectNode count = described("计数", "非负整数（件、项、条）。");
      count.put("type", "integer");
      count.put("minimum", 0);
      defs.set(name(ValueType.COUNT), count);
      ObjectNode change = described("增减", "本年增/减：整数，增加写正数（可带 +），减少写负数，不变写 0。");
      // A YAML reader may keep "+1" as text; the binder reads it as the number it spells.
      ArrayNode either = change.putArray("anyOf");
      either.addObject().put("type", "integer");
      either.addObject().put("type", "string").put("pattern", "^[+-]?\\d+$");
      defs.set(name(ValueType.CHANGE), change);
      ObjectNode amount = described("金额", "非负数，可带小数。");
      amount.put("type", "number");
      amount.put("minimum", 0);
      defs.set(name(ValueType.AMOUNT), amount);
      ObjectNode notApplicable = described("不适用", "该项不适用（例如没有规章制定权的机关的 规章），印为 “/”，合计时不计入。");
      notApplicable.putArray("enum").add("/").add("不适用");
      defs.set("不适用", notApplicable);
      return defs;
    }

    private static String name(ValueType type) {
      return switch (type) {
        case COUNT -> "计数";
        case CHANGE -> "增减";
        case AMOUNT -> "金额";
      };
    }
  }
}
