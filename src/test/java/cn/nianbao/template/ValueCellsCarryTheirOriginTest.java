package cn.nianbao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.document.Cell;
import cn.nianbao.document.Document;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Row;
import cn.nianbao.document.Table;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.Report;
import cn.nianbao.model.StatTable;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each value cell of the document names the data cell it shows; a label cell names none. */
class ValueCellsCarryTheirOriginTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void everyValueCellNamesItsTableRowAndColumn(Example example) throws Exception {
    Report report = ReportBinder.bind(example.path());
    Document doc = ReportTemplates.bundled().produce(report);
    List<Table> tables = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    List<StatTable> data = List.of(report.activeDisclosure(), report.requests(), report.appeals());
    for (int i = 0; i < 3; i++) {
      StatTable table = data.get(i);
      List<String> addressed = new ArrayList<>();
      for (Row row : tables.get(i).rows()) {
        for (Cell cell : row.cells()) {
          Origin origin = cell.origin();
          if (origin.cell() == null) {
            assertEquals(Origin.NONE, origin, "a label cell has no origin: " + cell.text());
            continue;
          }
          CellAddress address = origin.cell();
          assertEquals(table.schema().dataKey(), address.table());
          CellRef ref = new CellRef(address.row(), address.column());
          String expected = table.get(ref).map(v -> v.text(
              table.schema().row(ref.row()).column(ref.column()).type())).orElse("");
          assertEquals(expected, cell.text(), address.id());
          // a value the data file gives carries its span; a computed total has none
          assertEquals(table.get(ref).map(v -> v.span()).orElse(null), origin.span(), address.id());
          table.get(ref).filter(v -> !v.derived()).ifPresent(v -> assertNotNull(origin.span(), address.id()));
          addressed.add(address.row() + "/" + address.column());
        }
      }
      List<String> schemaCells = new ArrayList<>();
      table.schema().rows().forEach(r -> r.columns().forEach(c -> schemaCells.add(r.key() + "/" + c.key())));
      assertEquals(schemaCells.stream().sorted().toList(), addressed.stream().sorted().toList(),
          "every value cell of " + table.schema().name() + " appears once, with its address");
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void theAddressOfAGivenValueIsItsDataKeys(Example example) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
    Table requests = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
        .toList().get(1);
    Cell first = requests.rows().get(5).cells().get(2); // 三、本年度办理结果 /（一）予以公开, 自然人
    assertNotNull(first.origin().cell());
    assertEquals("收到和处理政府信息公开申请情况/本年度办理结果/予以公开/自然人", first.origin().cell().id());
    assertNull(requests.rows().get(5).cells().get(1).origin().cell());
  }
}
