package cn.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import cn.nianbao.starter.StarterFile;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** What {@code nianbao new} writes is valid against the schema it names, blank cells and empty sections included. */
class StarterFilesValidateTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

  @ParameterizedTest
  @CsvSource({"2020,", "2023,", "2023,src/test/resources/new-cases/qingshuihe-2022.yaml",
      "2020,src/test/resources/new-cases/qingshuihe-2019.yaml", "2021,examples/qingshuihe-2020.yaml"})
  void aStarterFileValidates(int year, String from) throws Exception {
    Report previous = from == null ? null : ReportBinder.bind(Path.of(from));
    FormatVersion v = FormatVersion.forYear(year);
    String ref = "../" + DataFileSchema.file(v).toString().replace('\\', '/');
    String text = StarterFile.write(new StarterFile.Request("示例县实验镇人民政府", year, previous, ref)).text();
    assertEquals("# yaml-language-server: $schema=" + ref, text.lines().findFirst().orElseThrow());
    Schema schema = REGISTRY.getSchema(Files.readString(DataFileSchema.file(v), StandardCharsets.UTF_8),
        InputFormat.JSON);
    assertEquals(List.of(), schema.validate(new YAMLMapper().readTree(text)));
  }
}
