package cn.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.model.FormatVersion;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The committed schemas accept the examples and reject the mistakes an editor should flag. */
class SchemaValidatesDataFilesTest {
  static final List<Example> examples = Examples.ALL;
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final YAMLMapper YAML = new YAMLMapper();

  private static List<Error> validate(FormatVersion v, String yaml) throws Exception {
    String schemaText = Files.readString(DataFileSchema.file(v), StandardCharsets.UTF_8);
    Schema schema = REGISTRY.getSchema(schemaText, InputFormat.JSON);
    JsonNode data = YAML.readTree(yaml);
    return schema.validate(data);
  }

  private static String example(String name) throws Exception {
    return Files.readString(Path.of("examples", name + ".yaml"), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @FieldSource("examples")
  void everyExampleValidatesAgainstTheSchemaItNames(Example example) throws Exception {
    FormatVersion v = FormatVersion.ofNumber(example.formatVersion());
    String text = example(example.name());
    assertTrue(text.startsWith("# yaml-language-server: $schema=../" + DataFileSchema.file(v).toString().replace('\\', '/') + "\n"),
        "the example names its schema on its first line");
    assertEquals(List.of(), validate(v, text));
  }

  @Test
  void aMisspeltKeyFails() throws Exception {
    String text = example("qingshuihe-2021").replaceFirst("科研机构:", "科研机购:");
    assertTrue(text.contains("科研机购"), "the misspelt key is in the file");
    List<Error> errors = validate(FormatVersion.V2021, text);
    assertFalse(errors.isEmpty());
    assertTrue(errors.stream().anyMatch(e -> e.toString().contains("科研机购")), errors.toString());
  }

  @Test
  void aStringInACountFails() throws Exception {
    String text = example("qingshuihe-2021").replace("行政许可: {本年处理决定数量: 236}", "行政许可: {本年处理决定数量: 二百三十六}");
    assertTrue(!text.equals(example("qingshuihe-2021")), "the replaced line is in the example");
    List<Error> errors = validate(FormatVersion.V2021, text);
    assertFalse(errors.isEmpty());
    assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("本年处理决定数量")),
        errors.toString());
  }

  @Test
  void blankNotApplicableAndNegativeChangesAreAccepted() throws Exception {
    String text = example("qingshuihe-2020")
        .replaceFirst("本年增/减: [-+]?\\d+", "本年增/减: -2")
        .replaceFirst("自然人: \\d+", "自然人:")
        .replaceFirst("商业企业: \\d+", "商业企业: /")
        .replaceFirst("科研机构: \\d+", "科研机构: 不适用");
    assertEquals(List.of(), validate(FormatVersion.V2019, text));
  }

  @Test
  void aNegativeCountAndAKeyOfTheOtherVersionFail() throws Exception {
    String base = example("qingshuihe-2021");
    assertFalse(validate(FormatVersion.V2021, base.replaceFirst("自然人: \\d+", "自然人: -1")).isEmpty());
    assertFalse(validate(FormatVersion.V2021, base.replace("  行政许可:", "  其他对外管理服务事项: {处理决定数量: 1}\n  行政许可:")).isEmpty());
  }

  @Test
  void aNewerDataFormatVersionFails() throws Exception {
    String text = example("qingshuihe-2021").replace("数据格式版本: 1", "数据格式版本: 2");
    assertFalse(validate(FormatVersion.V2021, text).isEmpty());
  }
}
