package cn.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.nianbao.document.Cell;
import cn.nianbao.document.Row;
import cn.nianbao.document.Table;
import cn.nianbao.testing.DocxTables.LogicalCell;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads hand-written WordprocessingML tables, independent of the renderer. */
class DocxTablesTest {
  private final XWPFDocument doc = new XWPFDocument();
  private final XWPFTable table = doc.createTable();

  DocxTablesTest() {
    table.removeRow(0);
  }

  @Test
  void gridSpanGivesColSpanAndVMergeContinuationsAddRows() {
    CTRow r1 = row();
    cell(r1, "A", 2, STMerge.RESTART);
    cell(r1, "B", 1, null);
    CTRow r2 = row();
    cell(r2, "", 2, STMerge.CONTINUE);
    cell(r2, "C", 1, null);
    CTRow r3 = row();
    continuationWithoutVal(r3, 2);
    cell(r3, "D", 1, null);

    assertEquals(List.of(
        List.of(new LogicalCell("A", 3, 2), new LogicalCell("B", 1, 1)),
        List.of(new LogicalCell("C", 1, 1)),
        List.of(new LogicalCell("D", 1, 1))), DocxTables.read(table));
  }

  @Test
  void continuationMatchesTheCellStartingAtTheSameGridColumn() {
    CTRow r1 = row();
    cell(r1, "L", 1, null);
    cell(r1, "M", 1, STMerge.RESTART);
    cell(r1, "R", 1, STMerge.RESTART);
    CTRow r2 = row();
    cell(r2, "L2", 1, null);
    cell(r2, "", 1, STMerge.CONTINUE);
    cell(r2, "R2", 1, null);

    assertEquals(List.of(
        List.of(new LogicalCell("L", 1, 1), new LogicalCell("M", 2, 1),
            new LogicalCell("R", 1, 1)),
        List.of(new LogicalCell("L2", 1, 1), new LogicalCell("R2", 1, 1))),
        DocxTables.read(table));
  }

  @Test
  void textJoinsParagraphsAndBreaksWithNewlinesAndSkipsFieldCodes() {
    CTTc tc = row().addNewTc();
    CTR run = tc.addNewP().addNewR();
    run.addNewT().setStringValue("一");
    run.addNewBr();
    run.addNewT().setStringValue("二");
    CTP second = tc.addNewP();
    second.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    second.addNewR().addNewInstrText().setStringValue(" PAGE ");
    second.addNewR().addNewT().setStringValue("三");

    assertEquals("一\n二\n三", DocxTables.read(table).get(0).get(0).text());
  }

  @Test
  void emptyCellReadsAsEmptyText() {
    row().addNewTc().addNewP();
    assertEquals(List.of(List.of(new LogicalCell("", 1, 1))), DocxTables.read(table));
  }

  @Test
  void gridBeforeShiftsTheFirstCell() {
    CTRow r1 = row();
    cell(r1, "A", 1, null);
    cell(r1, "B", 1, STMerge.RESTART);
    CTRow r2 = row();
    r2.addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
    cell(r2, "", 1, STMerge.CONTINUE);

    assertEquals(new LogicalCell("B", 2, 1), DocxTables.read(table).get(0).get(1));
  }

  @Test
  void continuationWithNothingAboveIsAnError() {
    cell(row(), "", 1, STMerge.CONTINUE);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> DocxTables.read(table));
    assertEquals("Row 1, grid column 1: vMerge continues no cell of the same width above",
        e.getMessage());
  }

  @Test
  void modelTablesUseTheSameForm() {
    Table model = new Table(List.of(1, 1), 1, List.of(
        new Row(List.of(new Cell("总\n计", 2, 1, Cell.Align.CENTER), Cell.of("x"))),
        new Row(List.of(Cell.of("")))));
    assertEquals(List.of(
        List.of(new LogicalCell("总\n计", 2, 1), new LogicalCell("x", 1, 1)),
        List.of(new LogicalCell("", 1, 1))), DocxTables.of(model));
    assertEquals("|总\\n计[2x1]|x[1x1]|\n|[1x1]|\n", DocxTables.format(DocxTables.of(model)));
  }

  private CTRow row() {
    return table.getCTTbl().addNewTr();
  }

  private static void cell(CTRow row, String text, int span, STMerge.Enum merge) {
    CTTc tc = row.addNewTc();
    var pr = tc.addNewTcPr();
    if (span > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    if (merge != null) {
      pr.addNewVMerge().setVal(merge);
    }
    CTP p = tc.addNewP();
    if (!text.isEmpty()) {
      p.addNewR().addNewT().setStringValue(text);
    }
  }

  private static void continuationWithoutVal(CTRow row, int span) {
    CTTc tc = row.addNewTc();
    var pr = tc.addNewTcPr();
    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    pr.addNewVMerge();
    tc.addNewP();
  }
}
