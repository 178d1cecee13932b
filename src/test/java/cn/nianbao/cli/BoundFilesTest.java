package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.Nianbao;
import cn.nianbao.render.fonts.FontSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file one command reads twice (as a report and as the next one's previous year) is bound once. */
class BoundFilesTest {
  private static final Nianbao NIANBAO = Nianbao.withFonts(FontSet.bundled());
  @TempDir Path dir;

  @Test
  void theSameFileIsBoundOnceAlsoUnderAnotherPathToIt() throws Exception {
    Path file = copy("hancongou-2020.yaml");
    BoundFiles bound = new BoundFiles(NIANBAO);
    Nianbao.Loaded first = bound.load(file);
    assertTrue(first.ok(), first.diagnostics().toString());
    assertSame(first, bound.load(dir.resolve("sub/../hancongou-2020.yaml")));
  }

  @Test
  void aFileThatChangedIsBoundAgain() throws Exception {
    Path file = copy("hancongou-2020.yaml");
    BoundFiles bound = new BoundFiles(NIANBAO);
    Nianbao.Loaded before = bound.load(file);
    Files.writeString(file, Files.readString(file).replace("机关: 寒葱沟镇人民政府", "机关: 寒葱沟乡政府"));
    Nianbao.Loaded after = bound.load(file);
    assertNotSame(before, after);
    assertEquals("寒葱沟乡政府", after.report().organization());
  }

  @Test
  void aFileThatCannotBeReadIsSaidSoAsByTheFacade() {
    Nianbao.Loaded missing = new BoundFiles(NIANBAO).load(dir.resolve("missing.yaml"));
    assertEquals(NIANBAO.load(dir.resolve("missing.yaml")).diagnostics(), missing.diagnostics());
  }

  private Path copy(String example) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    return Files.copy(Path.of("examples", example), dir.resolve(example),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
