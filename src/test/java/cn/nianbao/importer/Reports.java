package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.Report;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.Subsection;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Compares reports as bound from data files: every table cell as printed, every paragraph's text. */
final class Reports {
  private Reports() {}

  static Report bind(String name, String text) throws IOException {
    return ReportBinder.bind(name, new StringReader(text), false);
  }

  /** Every table cell of a report as printed, one line each: {@code 表三 “…” 自然人 = 3} (blank: {@code = }). */
  static List<String> cells(Report r) {
    List<String> out = new ArrayList<>();
    for (StatTable t : List.of(r.activeDisclosure(), r.requests(), r.appeals())) {
      for (RowSpec row : t.schema().rows()) {
        for (ColumnSpec c : row.columns()) {
          CellRef ref = new CellRef(row.key(), c.key());
          out.add(t.schema().describe(ref) + " = " + t.get(ref).map(v -> v.text(c.type())).orElse(""));
        }
      }
    }
    return out;
  }

  static List<String> parts(List<Subsection> parts) {
    List<String> out = new ArrayList<>();
    for (Subsection s : parts) {
      out.add("小标题: " + s.heading().orElse(""));
      s.paragraphs().forEach(p -> out.add("段落: " + p));
    }
    return out;
  }

  /** Asserts the two reports are the same report: identity, narrative, every cell, the sign-off. */
  static void assertSame(Report expected, Report actual, boolean withOtherMatters) {
    assertEquals(expected.organization(), actual.organization(), "机关");
    assertEquals(expected.year(), actual.year(), "年度");
    assertEquals(expected.format(), actual.format(), "格式");
    assertEquals(expected.title(), actual.title(), "标题");
    assertSameList(expected.opening(), actual.opening(), "引言");
    assertSameList(parts(expected.overview()), parts(actual.overview()), "总体情况");
    List<String> want = cells(expected);
    List<String> got = cells(actual);
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equals(got.get(i))) {
        differ.add(want.get(i) + " ≠ " + got.get(i));
      }
    }
    assertEquals(List.of(), differ, "表格");
    assertSameList(parts(expected.problems()), parts(actual.problems()), "存在的主要问题及改进情况");
    if (withOtherMatters) {
      assertSameList(parts(expected.otherMatters()), parts(actual.otherMatters()), "其他需要报告的事项");
    }
    assertEquals(expected.signOff().map(s -> s.signer() + " " + s.dateText()),
        actual.signOff().map(s -> s.signer() + " " + s.dateText()), "落款");
  }

  /** Lists equal, else a message naming the first item that differs (paragraphs are long). */
  static void assertSameList(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), what + " 第" + (i + 1) + "项");
    }
    assertEquals(expected.size(), actual.size(), what + " 项数; 实际: " + actual);
  }
}
