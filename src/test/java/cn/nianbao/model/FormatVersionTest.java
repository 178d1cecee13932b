package cn.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormatVersionTest {
  @Test
  void eachYearHasTheLatestFormatThatHadStarted() {
    assertEquals(FormatVersion.V2019, FormatVersion.forYear(2019));
    assertEquals(FormatVersion.V2019, FormatVersion.forYear(2020));
    assertEquals(FormatVersion.V2021, FormatVersion.forYear(2021));
    assertEquals(FormatVersion.V2021, FormatVersion.forYear(2030));
  }

  @Test
  void theOtherVersionIsTheNeighbour() {
    assertEquals(FormatVersion.V2021, FormatVersion.V2019.other());
    assertEquals(FormatVersion.V2019, FormatVersion.V2021.other());
    assertEquals("2019 或 2021", FormatVersion.choices());
  }

  /** A format version is its entry plus a template folder; nothing else names it. */
  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void eachVersionHasItsTemplateFolder(FormatVersion v) {
    Path folder = Path.of("templates", String.valueOf(v.number()));
    assertTrue(Files.isRegularFile(folder.resolve("report.ftl")), folder + "/report.ftl");
    assertTrue(Files.isRegularFile(folder.resolve("tables.yaml")), folder + "/tables.yaml");
    assertEquals(3, OfficialTables.definitions(v).size());
  }
}
