package cn.nianbao.edit;

import static cn.nianbao.edit.EditCases.ACTIVE;
import static cn.nianbao.edit.EditCases.REQUESTS;
import static cn.nianbao.edit.EditCases.edit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileWriteTest {
  @TempDir
  Path dir;

  private Path copy(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.copy(EditCases.DIR.resolve(name), file);
    return file;
  }

  @Test
  void writesTheEditedFileInPlaceAndReturnsItsHash() throws Exception {
    Path file = copy("mixed.yaml");
    String before = DataFileEditor.sha256(Files.readAllBytes(file));
    List<CellEdit> edits = EditCases.edits("mixed.many.edits");
    String after = DataFileEditor.write(file, before, edits);
    byte[] written = Files.readAllBytes(file);
    assertArrayEquals(EditCases.read("mixed.many.yaml").getBytes(StandardCharsets.UTF_8), written);
    assertEquals(DataFileEditor.sha256(written), after);
    assertEquals(DataFileEditor.sha256(EditCases.read("mixed.many.yaml")), after);
    EditCases.assertReadBack(Files.readString(file), "mixed.yaml", edits);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
    }
  }

  @Test
  void aStaleHashIsRefusedAndTheFileIsUntouched() throws Exception {
    Path file = copy("mixed.json");
    byte[] original = Files.readAllBytes(file);
    String seen = DataFileEditor.sha256(original);
    Files.writeString(file, " ", java.nio.file.StandardOpenOption.APPEND); // changed on disk meanwhile
    byte[] changed = Files.readAllBytes(file);
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.write(file, seen,
        List.of(edit(ACTIVE, "规章", "本年制发件数", "1"))));
    assertEquals("mixed.json: 数据文件已在磁盘上被修改（mixed.json），请刷新后再改。",
        refused.diagnostics().get(0).toString());
    assertArrayEquals(changed, Files.readAllBytes(file));
  }

  @Test
  void aRefusedValueLeavesTheFileByteIdentical() throws Exception {
    Path file = copy("mixed.yaml");
    byte[] original = Files.readAllBytes(file);
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.write(file,
        DataFileEditor.sha256(original), List.of(edit(ACTIVE, "规章", "本年制发件数", "1"),
            edit(REQUESTS, "结转下年度继续办理", "自然人", "7件"))));
    assertEquals(1, refused.diagnostics().size());
    assertEquals(REQUESTS, refused.diagnostics().get(0).cell().table());
    assertArrayEquals(original, Files.readAllBytes(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void aMissingFileIsRefusedInChinese() {
    EditRefused refused = assertThrows(EditRefused.class, () -> DataFileEditor.write(dir.resolve("无.yaml"),
        null, List.of(edit(ACTIVE, "规章", "本年制发件数", "1"))));
    assertEquals("无.yaml: 找不到数据文件，或它不是普通文件：无.yaml", refused.getMessage());
  }
}
