package cn.nianbao.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official tables 二, 三 and 四 of each format version, read once from the version's table
 * definition {@code templates/<version>/tables.yaml} on the class path (docs/format.md §2–§5).
 * The binder, the checker and the templates all take the tables from here, so each official row,
 * label and total is written once, in that file. Thread-safe.
 */
public final class OfficialTables {
  /** Top-level data-file key of table 二. */
  public static final String ACTIVE_KEY = "主动公开政府信息情况";
  /** Top-level data-file key of table 三. */
  public static final String REQUESTS_KEY = "收到和处理政府信息公开申请情况";
  /** Top-level data-file key of table 四. */
  public static final String APPEALS_KEY = "政府信息公开行政复议、行政诉讼情况";

  /** 总计: the key of the total column (table 三, 四) and of the （七）总计 row. */
  public static final String TOTAL = "总计";
  /** Table 三 row 一、本年新收政府信息公开申请数量. */
  public static final String NEW_ROW = "本年新收政府信息公开申请数量";
  /** Table 三 row 二、上年结转政府信息公开申请数量. */
  public static final String CARRIED_IN_ROW = "上年结转政府信息公开申请数量";
  /** Table 三 row 四、结转下年度继续办理. */
  public static final String CARRIED_OUT_ROW = "结转下年度继续办理";
  /** The row of table 三 whose cells total the handling results. */
  public static final String RESULTS_TOTAL_ROW = "本年度办理结果/总计";

  private static final List<String> KEYS = List.of(ACTIVE_KEY, REQUESTS_KEY, APPEALS_KEY);
  private static final Map<FormatVersion, List<TableDefinition>> LOADED = new ConcurrentHashMap<>();

  private OfficialTables() {}

  /** The class-path resource that defines the tables of {@code v}. */
  public static String resource(FormatVersion v) {
    return "templates/" + v.number() + "/tables.yaml";
  }

  /**
   * The three tables of a format version, in report order (二, 三, 四), with their layout.
   *
   * @throws IllegalStateException when the definition file is missing or malformed (a defect)
   */
  public static List<TableDefinition> definitions(FormatVersion v) {
    return LOADED.computeIfAbsent(v, OfficialTables::load);
  }

  /** The three tables of a format version, in report order. */
  public static List<TableSchema> all(FormatVersion v) {
    return definitions(v).stream().map(TableDefinition::schema).toList();
  }

  /** 表二: 主动公开政府信息情况. */
  public static TableSchema activeDisclosure(FormatVersion v) {
    return all(v).get(0);
  }

  /** 表三: 收到和处理政府信息公开申请情况. */
  public static TableSchema requests(FormatVersion v) {
    return all(v).get(1);
  }

  /** 表四: 政府信息公开行政复议、行政诉讼情况, in format version {@code v}. */
  public static TableSchema appeals(FormatVersion v) {
    return all(v).get(2);
  }

  /** 表四 as the 2021 format has it (the same in both versions). */
  public static TableSchema appeals() {
    return appeals(FormatVersion.V2021);
  }

  private static List<TableDefinition> load(FormatVersion v) {
    List<TableDefinition> tables = TablesFile.read(resource(v));
    List<String> keys = tables.stream().map(t -> t.schema().dataKey()).toList();
    if (!keys.equals(KEYS)) {
      throw new IllegalStateException(resource(v) + ": tables must be " + KEYS + " in this order, found " + keys);
    }
    return List.copyOf(tables);
  }
}
