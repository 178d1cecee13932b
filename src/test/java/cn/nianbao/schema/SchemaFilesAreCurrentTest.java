package cn.nianbao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.model.FormatVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed schemas ({@code schemas/}) are exactly what the table definitions and the binder's
 * keys make today. With {@code -Dnianbao.writeSchemas=true} the test rewrites them instead.
 */
class SchemaFilesAreCurrentTest {
  private static final String REGENERATE =
      "mvn -B -ntp test -Dtest=SchemaFilesAreCurrentTest -Dnianbao.writeSchemas=true";

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void theCommittedSchemaIsWhatTheGeneratorMakes(FormatVersion v) throws Exception {
    Path file = DataFileSchema.file(v);
    String expected = DataFileSchema.text(v);
    if (Boolean.getBoolean("nianbao.writeSchemas")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
    assertEquals(expected, committed, file + " differs from what the table definitions make; "
        + "regenerate it with: " + REGENERATE);
  }
}
