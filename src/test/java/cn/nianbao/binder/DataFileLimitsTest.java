package cn.nianbao.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file is read within a budget: too large, endless or not a file is refused up front. */
class DataFileLimitsTest {
  @TempDir Path dir;

  private static String message(Path file) {
    BindingException e = assertThrows(BindingException.class, () -> ReportBinder.bind(file));
    assertEquals(1, e.diagnostics().size());
    return e.diagnostics().get(0).toString();
  }

  @Test
  void aFileOverFiveMegabytesIsRefusedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: costs no disk, and is never read
    }
    assertEquals("big.yaml:1:1: 文件太大（超过 5 MB）：报告数据文件通常只有几十 KB，请检查是否选错了文件", message(big));
  }

  @Test
  void aDeviceThatNeverEndsIsRefused() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    assertEquals("zero:1:1: 不是普通文件（可能是设备或管道），未读取：数据文件须是保存在磁盘上、不超过 5 MB 的文件", message(zero));
  }

  @Test
  void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0);
    assertEquals("pipe.yaml:1:1: 不是普通文件（可能是设备或管道），未读取：数据文件须是保存在磁盘上、不超过 5 MB 的文件", message(fifo));
  }

  @Test
  void aReaderIsReadOnlyUpToTheBudget() {
    long[] read = {0};
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, 'a');
        read[0] += length;
        return length;
      }

      @Override
      public void close() {}
    };
    BindingException e = assertThrows(BindingException.class,
        () -> ReportBinder.bind("endless.yaml", endless, false));
    assertEquals("endless.yaml:1:1: 文件太大（超过 5 MB）：报告数据文件通常只有几十 KB，请检查是否选错了文件",
        e.diagnostics().get(0).toString());
    // one buffer past the cap at most: the rest of an endless input is never asked for
    assertTrue(read[0] <= DataFile.MAX_BYTES + 8192, "read " + read[0] + " characters");
  }

  @Test
  void aFolderIsNotADataFile() {
    assertEquals(dir.getFileName() + ":1:1: 这是一个文件夹，不是数据文件", message(dir));
  }

  @Test
  void aYamlLineLongerThanAnyParagraphIsRefusedBeforeParsing() throws IOException {
    Path data = Files.writeString(dir.resolve("long.yaml"),
        "机关: 测试镇人民政府\n总体情况:\n  - 段落: [" + "政务公开".repeat(15_000) + "]\n");
    assertEquals("long.yaml:3:1: 这一行有 60010 个字符，太长：YAML 文件每行不能超过 5 万个字符（一个段落通常只有几百字），"
        + "请检查是否粘贴了整篇文档", message(data));
  }
}
