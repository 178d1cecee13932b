package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @Test
  void theSeedIsWrittenAndWhatNeedsALookIsListedWithExitOne() throws Exception {
    Path out = dir.resolve("hancongou-2020.yaml");
    assertEquals(1, cli.run("import", "src/test/resources/import/hancongou-2020-report.txt", "-o", out.toString()));
    assertTrue(Files.readString(out).contains("机关: \"寒葱沟镇人民政府\""));
    assertTrue(cli.out().contains("原文第133行"), cli.out());
    assertEquals("", cli.err());
    // It binds; check finds only that section 六, absent from the published report, is empty.
    assertEquals(1, cli.run("check", "--no-previous", out.toString()));
    assertTrue(cli.out().contains("六、其他需要报告的事项 未填写"), cli.out());
  }

  @Test
  void anExistingDataFileIsNotOverwritten() throws Exception {
    Path out = dir.resolve("x.yaml");
    Files.writeString(out, "keep");
    assertEquals(2, cli.run("import", "src/test/resources/import/hancongou-2020-report.txt", "-o", out.toString()));
    assertEquals("keep", Files.readString(out));
  }

  @Test
  void aFileThatIsNoReportExitsTwoAndWritesNothing() throws Exception {
    Path source = dir.resolve("notes.txt");
    Files.writeString(source, "今天天气很好。\n");
    Path out = dir.resolve("notes.yaml");
    assertEquals(2, cli.run("import", source.toString(), "-o", out.toString()));
    assertFalse(Files.exists(out));
    assertTrue(cli.err().contains("不像是年度报告"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
  }
}
