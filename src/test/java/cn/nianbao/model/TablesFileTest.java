package cn.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A table definition file is read strictly: a mistake in it names the file and the place. */
class TablesFileTest {
  private static String error(String name) {
    return assertThrows(IllegalStateException.class,
        () -> TablesFile.read("table-definitions/" + name)).getMessage();
  }

  @Test
  void aMisspeltAttributeIsNamedWithItsPlace() {
    String message = error("misspelt-attribute.yaml");
    assertTrue(message.startsWith(
        "table-definitions/misspelt-attribute.yaml: 表三.rows[0]: unknown attribute \"lable\"; allowed: "), message);
  }

  @Test
  void bandsMustCoverTheSameGridColumns() {
    assertEquals("table-definitions/bands-disagree.yaml: 表二.bands[1]: covers 2 grid columns, earlier bands 4",
        error("bands-disagree.yaml"));
  }

  @Test
  void theSpansOfTable3FollowFromItsRowTree() {
    for (FormatVersion v : FormatVersion.values()) {
      TableDefinition requests = OfficialTables.definitions(v).get(1);
      GridCell results = requests.grid().get(5).get(0);
      assertEquals("三、本年度办理结果", results.text());
      assertEquals(v == FormatVersion.V2019 ? 20 : 22, results.rowSpan());
      assertEquals(3, requests.headerRows());
      assertEquals(10, requests.columns());
    }
  }
}
