package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX and PDF of one report are replaced together or not at all. */
class OutputFilesTest {
  @TempDir Path dir;
  private final StringWriter notes = new StringWriter();

  @Test
  void whenThePdfCannotBeReplacedTheOldPairStaysIntact() throws Exception {
    oldPair();
    OutputFiles files = new OutputFiles(failing("move", "r.pdf", new FileSystemException(
        dir.resolve("r.pdf").toString(), null, "Operation not permitted")));
    IOException e = assertThrows(IOException.class, () -> files.replace(dir, newPair(), out()));
    assertEquals("无法写入 " + dir.resolve("r.pdf") + "：Operation not permitted", e.getMessage());
    assertPair("old");
    assertEquals(List.of(".nianbao.lock", "r.docx", "r.pdf"), names());
  }

  @Test
  void aFolderInThePdfsPlaceIsNamedAndNothingIsReplaced() throws Exception {
    write("r.docx", "old docx");
    Files.createDirectory(dir.resolve("r.pdf"));
    IOException e = assertThrows(IOException.class,
        () -> new OutputFiles(OutputFiles.REAL).replace(dir, newPair(), out()));
    assertEquals("无法写入 " + dir.resolve("r.pdf") + "：同名的文件夹已存在（是一个文件夹）", e.getMessage());
    assertEquals("old docx", read("r.docx"));
    assertEquals(List.of("r.docx", "r.pdf"), names());
  }

  @Test
  void aFullDiskNamesThePathAndKeepsTheOldPair() throws Exception {
    oldPair();
    OutputFiles files = new OutputFiles(failing("write", "r.pdf", new FileSystemException(
        "ignored", null, "No space left on device")));
    IOException e = assertThrows(IOException.class, () -> files.replace(dir, newPair(), out()));
    assertEquals("无法写入 " + dir.resolve("r.pdf") + "：磁盘已满", e.getMessage());
    assertPair("old");
    assertEquals(List.of("r.docx", "r.pdf"), names());
  }

  @Test
  void aKillBetweenTheReplacementsIsRepairedByTheNextCommandInTheFolder() throws Exception {
    oldPair();
    Files.copy(Path.of("examples", "hancongou-2020.yaml"), dir.resolve("r.yaml"));
    write(".other.docx.0a1b2c3d-0000-4000-8000-00000000abcd.part", "left by an earlier kill");
    Files.setLastModifiedTime(dir.resolve(".other.docx.0a1b2c3d-0000-4000-8000-00000000abcd.part"),
        FileTime.from(Instant.now().minus(OutputFiles.STALE_PART).minusSeconds(1)));
    write(".young.pdf.0a1b2c3d-0000-4000-8000-00000000abce.part", "another process is writing it");
    write(".mine.part", "not ours: other name pattern");
    OutputFiles killed = new OutputFiles(failing("move", "r.pdf", null));
    assertThrows(Killed.class, () -> killed.replace(dir, newPair(), out()));
    // the state a kill -9 leaves: new DOCX beside old PDF, a journal, a part
    assertEquals("new docx", read("r.docx"));
    assertEquals("old pdf", read("r.pdf"));
    assertTrue(Files.exists(dir.resolve(OutputFiles.JOURNAL)));

    CliRun cli = new CliRun();
    cli.run("check", dir.resolve("r.yaml").toString());

    assertPair("old");
    assertTrue(cli.err().contains("上次生成 r.docx、r.pdf 时被中断，已恢复为中断前的文件"), cli.err());
    assertTrue(cli.err().contains("已删除上次中断留下的"), cli.err());
    assertEquals(List.of(".mine.part", ".nianbao.lock",
        ".young.pdf.0a1b2c3d-0000-4000-8000-00000000abce.part", "r.docx", "r.pdf", "r.yaml"),
        names());
  }

  @Test
  void aNewPairReplacesTheOldOneAndLeavesNothingElse() throws Exception {
    oldPair();
    List<Path> written = new OutputFiles(OutputFiles.REAL).replace(dir, newPair(), out());
    assertEquals(List.of(dir.resolve("r.docx"), dir.resolve("r.pdf")), written);
    assertPair("new");
    assertEquals(List.of(".nianbao.lock", "r.docx", "r.pdf"), names());
  }

  @Test
  void twoConcurrentRendersOfOneNameNeverInterleave() throws Exception {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    OutputFiles.Disk recording = new OutputFiles.Disk() {
      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        Thread.yield();
        OutputFiles.REAL.write(file, bytes);
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        events.add(Thread.currentThread().getName());
        Thread.yield();
        OutputFiles.REAL.move(from, to);
      }
    };
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    for (String name : List.of("A", "B")) {
      Thread t = new Thread(() -> {
        for (int i = 0; i < 20; i++) {
          try {
            new OutputFiles(recording).replace(dir, pair(name + i), new PrintWriter(new StringWriter()));
          } catch (IOException e) {
            errors.add(e);
          }
        }
      }, name);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), errors);
    // the parts and journals are written side by side; one commit = the journal's move and the
    // two documents' moves, all by one thread
    assertEquals(2 * 20 * 3, events.size());
    for (int i = 0; i < events.size(); i += 3) {
      assertEquals(Collections.nCopies(3, events.get(i)), events.subList(i, i + 3), "at " + i);
    }
    assertEquals(read("r.docx").replace(" docx", ""), read("r.pdf").replace(" pdf", ""));
  }

  @Test
  void theJournalIsFlushedToDiskWhileAnotherReportHoldsTheFolder() throws Exception {
    CountDownLatch journalWritten = new CountDownLatch(1);
    OutputFiles.Disk watching = new OutputFiles.Disk() {
      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        OutputFiles.REAL.write(file, bytes);
        if (file.getFileName().toString().startsWith(OutputFiles.JOURNAL)) {
          journalWritten.countDown();
        }
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        OutputFiles.REAL.move(from, to);
      }
    };
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    Thread other = new Thread(() -> {
      try {
        new OutputFiles(watching).replace(dir, newPair(), new PrintWriter(new StringWriter()));
      } catch (IOException | RuntimeException e) {
        errors.add(e);
      }
    });
    boolean writtenMeanwhile = OutputFiles.locked(dir, () -> {
      other.start();
      try {
        return journalWritten.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    });
    other.join();
    assertTrue(writtenMeanwhile, "the journal waited for the folder's lock");
    assertEquals(List.of(), errors);
    assertPair("new");
  }

  @Test
  void aTargetThatAppearsBeforeTheCommitIsBackedUpAndRestoredAfterAKill() throws Exception {
    // another process writes r.pdf after this one wrote its journal (when there was no r.pdf)
    OutputFiles.Disk racing = new OutputFiles.Disk() {
      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        OutputFiles.REAL.write(file, bytes);
        if (file.getFileName().toString().startsWith(OutputFiles.JOURNAL)
            && !Files.exists(dir.resolve("r.pdf"))) {
          Files.writeString(dir.resolve("r.pdf"), "other pdf");
        }
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        if (to.getFileName().toString().equals("r.pdf")) {
          throw new Killed();
        }
        OutputFiles.REAL.move(from, to);
      }
    };
    assertThrows(Killed.class, () -> new OutputFiles(racing).replace(dir, newPair(), out()));
    assertEquals("new docx", read("r.docx"));

    OutputFiles.recover(dir, out());

    assertEquals(List.of(".nianbao.lock", "r.pdf"), names());
    assertEquals("other pdf", read("r.pdf"));
  }

  /** What a test disk throws to stand for kill -9: nothing after it runs. */
  static final class Killed extends RuntimeException {
    Killed() {
      super("killed");
    }
  }

  /** A disk that fails (or, with {@code failure} null, is killed) at one operation. */
  private static OutputFiles.Disk failing(String op, String target, IOException failure) {
    return new OutputFiles.Disk() {
      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        if (op.equals("write") && file.getFileName().toString().startsWith("." + target + ".")) {
          if (failure == null) {
            throw new Killed();
          }
          throw failure;
        }
        OutputFiles.REAL.write(file, bytes);
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        if (op.equals("move") && to.getFileName().toString().equals(target)) {
          if (failure == null) {
            throw new Killed();
          }
          throw failure;
        }
        OutputFiles.REAL.move(from, to);
      }
    };
  }

  private void oldPair() throws IOException {
    write("r.docx", "old docx");
    write("r.pdf", "old pdf");
  }

  private static Map<String, byte[]> newPair() {
    return pair("new");
  }

  private static Map<String, byte[]> pair(String tag) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("r.docx", (tag + " docx").getBytes(StandardCharsets.UTF_8));
    files.put("r.pdf", (tag + " pdf").getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private void assertPair(String tag) throws IOException {
    assertEquals(tag + " docx", read("r.docx"));
    assertEquals(tag + " pdf", read("r.pdf"));
    assertFalse(Files.exists(dir.resolve(OutputFiles.JOURNAL)));
  }

  private PrintWriter out() {
    return new PrintWriter(notes, true);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
