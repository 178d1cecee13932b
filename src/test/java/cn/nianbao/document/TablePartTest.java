package cn.nianbao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table set in parts (one per page) repeats its header and the labels of cut row groups. */
class TablePartTest {
  /** Header row, then a label spanning rows 1-4 with a group spanning rows 2-4 inside it. */
  private static final Table TABLE = new Table(List.of(1, 1, 1, 1), 1, List.of(
      new Row(List.of(new Cell("head", 1, 3, Cell.Align.CENTER), Cell.of("n"))),
      new Row(List.of(new Cell("三、结果", 4, 1, Cell.Align.CENTER),
          new Cell("（一）", 1, 2, Cell.Align.LEFT), Cell.of("1"))),
      new Row(List.of(new Cell("（三）不予公开", 3, 1, Cell.Align.LEFT), Cell.of("1.甲"), Cell.of("2"))),
      new Row(List.of(Cell.of("2.乙"), Cell.of("3"))),
      new Row(List.of(Cell.of("3.丙"), Cell.of("4")))));

  @Test
  void continuationPartRepeatsTheHeaderAndTheLabelsOfGroupsItContinues() {
    Table part = TABLE.part(3, 5);
    assertEquals(3, part.rows().size());
    assertEquals("head", part.rows().get(0).cells().get(0).text());
    assertEquals(List.of(new Cell("三、结果", 2, 1, Cell.Align.CENTER),
        new Cell("（三）不予公开", 2, 1, Cell.Align.LEFT), Cell.of("2.乙"), Cell.of("3")),
        part.rows().get(1).cells());
  }

  @Test
  void firstPartCutsSpansAtItsLastRow() {
    Table part = TABLE.part(1, 3);
    assertEquals(new Cell("三、结果", 2, 1, Cell.Align.CENTER), part.rows().get(1).cells().get(0));
    assertEquals(new Cell("（三）不予公开", 1, 1, Cell.Align.LEFT), part.rows().get(2).cells().get(0));
  }

  @Test
  void wholeBodyAsOnePartIsTheTableItself() {
    assertEquals(TABLE, TABLE.part(1, 5));
  }
}
