package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** Small row groups of table 三 are kept on one page: each row but the group's last keeps with next. */
class DocxRowGroupKeepTest {
  private final XWPFDocument doc = ExampleDocx.qingshuihe2021();
  private final XWPFTable table3 = doc.getTables().get(1);

  @Test
  void rowsOfEachSmallGroupKeepWithTheNextExceptTheGroupsLastRow() {
    for (List<String> group : List.of(
        List.of("1.属于国家秘密", "8.属于行政查询事项"),
        List.of("1.本机关不掌握相关政府信息", "3.补正后申请内容仍不明确"),
        List.of("1.信访举报投诉类申请", "5.要求行政机关确认或重新出具已获取信息"),
        List.of("1.申请人无正当理由", "3.其他"))) {
      int first = rowOf(group.get(0));
      int last = rowOf(group.get(1));
      for (int r = first; r < last; r++) {
        assertTrue(keepsWithNext(table3.getRow(r)), group.get(0) + ": row " + r);
      }
      assertFalse(keepsWithNext(table3.getRow(last)), group.get(1));
    }
  }

  @Test
  void rowsOutsideSmallGroupsMayBreak() {
    // （一）予以公开 lies only in the 22-row 三、本年度办理结果 group, too long to keep together
    assertFalse(keepsWithNext(table3.getRow(rowOf("（一）予以公开"))));
    assertFalse(keepsWithNext(table3.getRow(rowOf("（七）总计"))));
  }

  @Test
  void tablesKeptTogetherKeepEveryRowButTheLastWithTheNext() {
    for (XWPFTable table : List.of(doc.getTables().get(0), doc.getTables().get(2))) {
      int last = table.getNumberOfRows() - 1;
      for (int r = 0; r < last; r++) {
        assertTrue(keepsWithNext(table.getRow(r)), "row " + r);
      }
      assertFalse(keepsWithNext(table.getRow(last)));
    }
  }

  @Test
  void smallGroupsAreThoseOfAtMostTenRows() {
    assertEquals(10, TableWriter.KEEP_GROUP_ROWS);
  }

  private int rowOf(String text) {
    for (int r = 0; r < table3.getNumberOfRows(); r++) {
      XWPFTableRow row = table3.getRow(r);
      if (row.getTableCells().stream().anyMatch(c -> c.getText().startsWith(text))) {
        return r;
      }
    }
    throw new AssertionError(text + " not in table 三");
  }

  private static boolean keepsWithNext(XWPFTableRow row) {
    return row.getTableCells().stream().flatMap(c -> c.getParagraphs().stream())
        .allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext());
  }
}
