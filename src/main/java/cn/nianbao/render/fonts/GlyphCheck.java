package cn.nianbao.render.fonts;

import cn.nianbao.document.BlockVisitor;
import cn.nianbao.document.Closing;
import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Heading;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableLayout;
import cn.nianbao.document.Title;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a document and looks up the face of every character, naming places the way a reader of
 * the report finds them: {@code 标题}, {@code 一、总体情况 第2段}, {@code 表三 第5行第2列}, {@code 落款}.
 */
final class GlyphCheck implements BlockVisitor {
  private static final String NUMERALS = "一二三四五六七八九十";

  private final FontSet fonts;
  private final Map<Integer, Set<String>> missing = new LinkedHashMap<>();
  private final Map<Integer, Set<Origin>> missingOrigins = new LinkedHashMap<>();
  private Origin origin = Origin.NONE;
  private final Map<List<Object>, Set<String>> fallbacks = new LinkedHashMap<>();
  private String section = "正文开头";
  private int paragraphs;
  private int tables;

  private GlyphCheck(FontSet fonts) {
    this.fonts = fonts;
  }

  static GlyphReport run(FontSet fonts, Document document) {
    GlyphCheck check = new GlyphCheck(fonts);
    document.accept(check);
    List<GlyphReport.Fallback> used = new ArrayList<>();
    check.fallbacks.forEach((key, places) ->
        used.add(new GlyphReport.Fallback((Integer) key.get(0), (Face) key.get(1), List.copyOf(places))));
    List<GlyphReport.Missing> absent = new ArrayList<>();
    check.missing.forEach((cp, places) -> absent.add(new GlyphReport.Missing(cp, List.copyOf(places),
        List.copyOf(check.missingOrigins.getOrDefault(cp, Set.of())))));
    return new GlyphReport(used, absent);
  }

  @Override
  public void visit(Title title) {
    origin = title.origin();
    check(title.text(), FontRole.TITLE, "标题");
    origin = Origin.NONE;
  }

  @Override
  public void visit(Heading heading) {
    if (heading.level() == 1) {
      section = heading.text();
      paragraphs = 0;
      tables = 0;
      check(heading.text(), heading.role(), section);
    } else {
      check(heading.text(), heading.role(), section + " " + heading.text());
    }
  }

  @Override
  public void visit(Paragraph paragraph) {
    String place = section + " 第" + ++paragraphs + "段";
    origin = paragraph.origin();
    for (Run run : paragraph.runs()) {
      check(run.text(), run.role(), place);
    }
    origin = Origin.NONE;
  }

  @Override
  public void visit(Table table) {
    String name = tableName(++tables);
    for (TableLayout.Placed placed : table.layout().cells()) {
      origin = placed.cell().origin();
      check(placed.cell().text(), FontRole.TABLE,
          name + " 第" + (placed.row() + 1) + "行第" + (placed.column() + 1) + "列");
    }
    origin = Origin.NONE;
  }

  /** 表三 for the table of section 三、, as the official report and the data file call it. */
  private String tableName(int n) {
    int mark = section.indexOf('、');
    String numeral = mark > 0 ? section.substring(0, mark) : "";
    boolean numbered = !numeral.isEmpty()
        && numeral.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0);
    if (numbered && n == 1) {
      return "表" + numeral;
    }
    return section + " 第" + n + "个表格";
  }

  @Override
  public void visit(Closing closing) {
    origin = closing.signatureOrigin();
    check(closing.signature(), FontRole.BODY, "落款 署名");
    origin = closing.dateOrigin();
    check(closing.date(), FontRole.BODY, "落款 日期");
    origin = Origin.NONE;
  }

  private void check(String text, FontRole role, String place) {
    Face own = fonts.primary(role);
    text.codePoints().filter(cp -> cp != '\n' && cp != '\r').forEach(cp -> {
      Face face = fonts.faceFor(cp, role);
      if (face == null) {
        missing.computeIfAbsent(cp, k -> new LinkedHashSet<>()).add(place);
        if (origin.span() != null) {
          missingOrigins.computeIfAbsent(cp, k -> new LinkedHashSet<>()).add(origin);
        }
      } else if (face != own && face != fonts.latin()) {
        fallbacks.computeIfAbsent(List.of(cp, face), k -> new LinkedHashSet<>()).add(place);
      }
    });
  }
}
