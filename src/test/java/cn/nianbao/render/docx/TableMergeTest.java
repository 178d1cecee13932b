package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Table;
import cn.nianbao.testing.DocxTables;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

class TableMergeTest {
  private final Table model = Samples.table3();
  private final XWPFTable table =
      Samples.renderAndRead(Samples.document(model)).getTables().get(0);

  @Test
  void table3ReadsBackAsTheModelGrid() {
    assertEquals(DocxTables.format(DocxTables.of(model)),
        DocxTables.format(DocxTables.read(table)));
    assertEquals(DocxTables.of(model), DocxTables.read(table));
  }

  @Test
  void everyRowHasCellsCoveringAllTenGridColumns() {
    for (XWPFTableRow row : table.getRows()) {
      int columns = row.getTableCells().stream().mapToInt(c -> span(c.getCTTc().getTcPr())).sum();
      assertEquals(10, columns);
    }
  }

  @Test
  void rowsCoveredFromAboveGetContinuationCellsWithTheSameGridSpan() {
    CTTcPr note = table.getRow(2).getCell(0).getCTTc().getTcPr();
    assertEquals(3, span(note));
    assertTrue(note.isSetVMerge());
    assertTrue(!note.getVMerge().isSetVal() || note.getVMerge().getVal() == STMerge.CONTINUE);
    CTTcPr label = table.getRow(3).getCell(0).getCTTc().getTcPr();
    assertFalse(label.isSetVMerge(), "row 4 starts new cells");
    assertEquals(STMerge.RESTART, table.getRow(5).getCell(0).getCTTc().getTcPr().getVMerge()
        .getVal());
    assertEquals(9, table.getRow(24).getTableCells().size(), "三、 continues into row 25");
  }

  @Test
  void headerRowsRepeatOnEachPage() {
    for (int r = 0; r < table.getNumberOfRows(); r++) {
      assertEquals(r < 3, table.getRow(r).isRepeatHeader(), "row " + (r + 1));
    }
  }

  @Test
  void noRowSplitsAcrossPages() {
    for (XWPFTableRow row : table.getRows()) {
      assertTrue(row.isCantSplitRow());
    }
  }

  @Test
  void gridColumnsAreProportionalAndFillTheTypeAreaWidth() {
    List<Integer> widths = table.getCTTbl().getTblGrid().getGridColList().stream()
        .map(c -> Ooxml.twips(c.getW())).toList();
    assertEquals(8844, widths.stream().mapToInt(Integer::intValue).sum());
    assertEquals(8844, Ooxml.twips(table.getCTTbl().getTblPr().getTblW().getW()));
    assertEquals(List.of(520, 1041, 2427, 694, 694, 693, 694, 694, 693, 694), widths);
  }

  @Test
  void cellsAreVerticallyCentredAndAlignedAsInTheModel() {
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        assertEquals(STVerticalJc.CENTER, cell.getCTTc().getTcPr().getVAlign().getVal());
      }
    }
    assertEquals(ParagraphAlignment.LEFT, table.getRow(7).getCell(2).getParagraphs().get(0)
        .getAlignment(), "1.属于国家秘密 is a left-aligned item label");
    assertEquals(ParagraphAlignment.CENTER, table.getRow(7).getCell(1).getParagraphs().get(0)
        .getAlignment());
  }

  @Test
  void lineBreakInCellTextIsABreakAndEmptyTextAnEmptyCell() {
    XWPFTableCell last = table.getRow(3).getCell(7);
    assertEquals(1, last.getParagraphs().size());
    assertEquals(1, last.getParagraphs().get(0).getCTP().getRArray(0).sizeOfBrArray());
    XWPFTableCell empty = table.getRow(3).getCell(6);
    assertTrue(empty.getParagraphs().get(0).getRuns().isEmpty());
  }

  @Test
  void bordersAreSingleLines() {
    var borders = table.getCTTbl().getTblPr().getTblBorders();
    for (var b : List.of(borders.getTop(), borders.getBottom(), borders.getLeft(),
        borders.getRight(), borders.getInsideH(), borders.getInsideV())) {
      assertEquals("single", b.getVal().toString());
    }
  }

  private static int span(CTTcPr pr) {
    return pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
  }
}
