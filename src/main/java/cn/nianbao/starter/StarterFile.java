package cn.nianbao.starter;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.OfficialTables;
import cn.nianbao.model.Report;
import cn.nianbao.model.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the starter data file of {@code nianbao new}: every section and every table key of the
 * year's format, each with a comment naming the official row or column, cells blank so that
 * {@code check} lists what is still to fill, narrative sections empty (so a final render is refused
 * until they are written). With last year's report it also carries over what that determines.
 */
public final class StarterFile {
  private StarterFile() {}

  /**
   * What to start.
   *
   * @param organization the reporting body's full name
   * @param year         the report year
   * @param previous     last year's report to carry from, or null
   * @param schemaRef    where the JSON Schema is, as the editor should read it, or null
   */
  public record Request(String organization, int year, Report previous, String schemaRef) {
    public Request {
      Objects.requireNonNull(organization, "organization");
      if (previous != null && previous.year() != year - 1) {
        throw new IllegalArgumentException("previous report must be for " + (year - 1));
      }
    }
  }

  /**
   * The file and what was carried.
   *
   * @param text       the data file, UTF-8 YAML
   * @param carried    what was taken from last year's report, one line each, in Chinese
   * @param notCarried what last year's report has but this year's file does not take, and why
   */
  public record Starter(String text, List<String> carried, List<String> notCarried) {
    public Starter {
      carried = List.copyOf(carried);
      notCarried = List.copyOf(notCarried);
    }
  }

  /** Writes the starter file for {@code request}. */
  public static Starter write(Request request) {
    FormatVersion version = FormatVersion.forYear(request.year());
    Report previous = request.previous();
    List<String> carried = new ArrayList<>();
    List<String> notCarried = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Sections sections = new Sections(out, version, request.year());
    sections.header(request.schemaRef(), request.organization(), previous);
    sections.identity(request.organization(), previous);
    if (previous != null) {
      carried.add("机关：" + previous.organization()
          + (previous.organization().equals(request.organization()) ? "" : "（本年改为 " + request.organization()
              + "，已写 上年机关名称）"));
      if (previous.format() != version) {
        notCarried.add("上年（" + previous.year() + "年度）使用" + previous.format().label() + "，本年使用"
            + version.label() + "：只沿用两版相同的内容");
      }
    }
    sections.opening(previous, carried, notCarried);
    sections.narrative("总体情况", previous);
    TableSchema active = OfficialTables.activeDisclosure(version);
    TableSchema requests = OfficialTables.requests(version);
    Map<CellRef, String> activeValues = new LinkedHashMap<>();
    Map<CellRef, String> activeNotes = new LinkedHashMap<>();
    Map<CellRef, String> requestValues = new LinkedHashMap<>();
    if (previous != null) {
      requestValues.putAll(Carried.carriedIn(requests, previous));
      carried.add("表三 “二、上年结转政府信息公开申请数量” 取自上年 “四、结转下年度继续办理”（"
          + requestValues.size() + " 格）");
      if (previous.format() == version && version == FormatVersion.V2019) {
        activeValues.putAll(Carried.itemCounts(active, previous));
        carried.add("表二（五）（六）（八） “上一年项目数量” = 上年 上一年项目数量 + 本年增/减（"
            + activeValues.size() + " 格）");
      } else if (previous.format() == version) {
        activeNotes.putAll(Carried.documentsInForce(active, previous));
        carried.add("表二（一） 上年 “现行有效件数” 写在注释中，供核对本年 “现行有效件数”");
      } else {
        notCarried.add("表二：两版格式的列不同（2019年版的 上一年项目数量、本年增/减 在2021年版中没有），"
            + "没有可沿用的数字，请按本年情况填写");
      }
    }
    sections.table(active, "二、主动公开政府信息情况", activeValues, activeNotes);
    sections.table(requests, "三、收到和处理政府信息公开申请情况", requestValues, Map.of());
    sections.table(OfficialTables.appeals(), "四、政府信息公开行政复议、行政诉讼情况", Map.of(), Map.of());
    sections.narrative("存在的主要问题及改进情况", previous);
    sections.narrative("其他需要报告的事项", previous);
    sections.signOff(request.organization(), previous, carried);
    if (previous != null) {
      notCarried.add("总体情况、存在的主要问题及改进情况、其他需要报告的事项 和表中其余数字：每年不同，未沿用");
    }
    return new Starter(out.toString(), carried, notCarried);
  }
}
