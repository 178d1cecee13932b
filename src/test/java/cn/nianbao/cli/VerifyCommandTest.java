package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} records a manifest; {@code verify} re-renders and reports per report. */
class VerifyCommandTest {
  @TempDir Path dir;

  @Test
  void anUntouchedArchiveVerifiesAndEachKindOfChangeIsReported() throws Exception {
    List<String> args = new ArrayList<>(List.of("render", "-o", dir.toString()));
    for (Example e : Examples.ALL) {
      Files.copy(e.path(), dir.resolve(e.path().getFileName()));
      args.add(dir.resolve(e.path().getFileName()).toString());
    }
    CliRun render = new CliRun();
    assertEquals(0, render.run(args.toArray(String[]::new)), render.err());

    JsonNode manifest = new ObjectMapper().readTree(dir.resolve(Manifest.FILE).toFile());
    JsonNode entry = manifest.get("qingshuihe-2021");
    assertEquals("qingshuihe-2021.yaml", entry.get("dataFile").asText());
    assertEquals(Hashes.of(dir.resolve("qingshuihe-2021.pdf")),
        entry.get("documents").get("qingshuihe-2021.pdf").asText());
    assertEquals(Hashes.of(dir.resolve("qingshuihe-2021.yaml")), entry.get("data").asText());
    assertTrue(entry.get("version").asText().startsWith("nianbao "));
    assertTrue(entry.get("fonts").has("fonts/FandolFang-Regular.otf"), entry.toString());

    CliRun clean = new CliRun();
    assertEquals(0, clean.run("verify", dir.toString()), clean.out() + clean.err());
    for (Example e : Examples.ALL) {
      assertTrue(clean.out().contains(e.name() + ": 一致"), clean.out());
    }
    assertTrue(clean.out().contains("共 3 份报告：3 份一致，0 份不一致。"), clean.out());

    Files.writeString(dir.resolve("hancongou-2020.yaml"), "\n# 改动\n", StandardOpenOption.APPEND);
    Files.write(dir.resolve("qingshuihe-2020.pdf"), new byte[] {'\n'}, StandardOpenOption.APPEND);
    Files.delete(dir.resolve("qingshuihe-2021.docx"));
    CliRun changed = new CliRun();
    assertEquals(1, changed.run("verify", dir.toString()), changed.out() + changed.err());
    String out = changed.out();
    assertTrue(out.contains("hancongou-2020: 不一致\n  数据文件 " + dir.resolve("hancongou-2020.yaml")
        + " 在生成后被改动，无法证明存档由它生成"), out);
    assertTrue(out.contains("qingshuihe-2020: 不一致\n  " + dir.resolve("qingshuihe-2020.pdf")
        + " 与生成时记录的不同（生成后被改动或替换）"), out);
    assertTrue(out.contains("qingshuihe-2021: 不一致\n  缺少文件 " + dir.resolve("qingshuihe-2021.docx")),
        out);
    assertTrue(out.contains("共 3 份报告：0 份一致，3 份不一致。"), out);
  }

  @Test
  void otherFontsThanThoseRecordedAreReported() throws Exception {
    Path data = dir.resolve("hancongou-2020.yaml");
    Files.copy(Path.of("examples", "hancongou-2020.yaml"), data);
    CliRun render = new CliRun();
    assertEquals(0, render.run("render", data.toString(), "-o", dir.toString()), render.err());
    CliRun verify = new CliRun();
    assertEquals(1, verify.run("verify", dir.toString(), "--fonts-dir",
        "src/test/resources/fonts/configured"), verify.out() + verify.err());
    assertTrue(verify.out().contains("hancongou-2020: 不一致\n  字体与生成时不同："), verify.out());
    assertTrue(verify.out().contains("FangSong_GB2312-test.otf（生成时未使用）"), verify.out());
    assertTrue(verify.out().contains("重新生成的 hancongou-2020.pdf 与记录的不同"), verify.out());
  }

  @Test
  void aFolderWithoutManifestIsABadInput() {
    CliRun cli = new CliRun();
    assertEquals(2, cli.run("verify", dir.toString()));
    assertTrue(cli.err().contains("没有 nianbao-manifest.json"), cli.err());
  }
}
