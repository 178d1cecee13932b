package cn.nianbao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableSpansMustTileTheGridTest {
  private static Cell cell(String text, int rows, int cols) {
    return new Cell(text, rows, cols, Cell.Align.CENTER);
  }

  private static String rejection(List<Integer> widths, Row... rows) {
    return assertThrows(IllegalArgumentException.class, () -> new Table(widths, 0, List.of(rows)))
        .getMessage();
  }

  @Test
  void aRowThatLeavesAColumnUncoveredIsRejected() {
    assertEquals("Row 2 covers 2 of 3 columns", rejection(List.of(1, 1, 1),
        new Row(List.of(cell("a", 1, 3))), new Row(List.of(cell("b", 1, 2)))));
  }

  @Test
  void aCellSpanningPastTheLastColumnIsRejected() {
    assertEquals("Row 1: cell \"a\" at column 2 spans to column 3, table has 2 columns",
        rejection(List.of(1, 1), new Row(List.of(cell("x", 1, 1), cell("a", 1, 2)))));
  }

  @Test
  void aRowSpanPastTheLastRowIsRejected() {
    assertEquals("Row 1: cell \"a\" spans down to row 3, table has 2 rows", rejection(List.of(1, 1),
        new Row(List.of(cell("a", 3, 1), cell("b", 1, 1))), new Row(List.of(cell("c", 1, 1)))));
  }

  @Test
  void aColSpanRunningIntoARowSpanFromAboveIsRejected() {
    assertEquals("Row 2: cell \"c\" overlaps cell \"b\" at row 2, column 2", rejection(List.of(1, 1),
        new Row(List.of(cell("a", 1, 1), cell("b", 2, 1))), new Row(List.of(cell("c", 1, 2)))));
  }

  @Test
  void placementSkipsSlotsCoveredFromAbove() {
    Table t = new Table(List.of(1, 1, 1), 1, List.of(
        new Row(List.of(cell("note", 2, 2), cell("h", 1, 1))),
        new Row(List.of(cell("x", 1, 1)))));
    TableLayout layout = t.layout();
    assertEquals(2, layout.at(1, 2).column());
    assertEquals("x", layout.at(1, 2).cell().text());
    assertEquals("note", layout.at(1, 1).cell().text());
    assertEquals(3, layout.cells().size());
  }

  @Test
  void invalidSpansAndHeaderCountsAreRejectedEarly() {
    assertThrows(IllegalArgumentException.class, () -> cell("a", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> cell("a", 1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new Table(List.of(1), 2, List.of(new Row(List.of(cell("a", 1, 1))))));
    assertThrows(IllegalArgumentException.class, () -> new Table(List.of(0), 0, List.of()));
  }
}
