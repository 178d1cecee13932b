package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records the reports of one {@code render} command in their folders' {@value Manifest#FILE},
 * several at a time: rewriting a manifest of a thousand entries after each report would cost
 * more than the reports themselves. A folder's waiting entries are written once a second at most
 * and when the command ends ({@link #flush}); a report whose entry is not yet written when the
 * process is killed is missing from the manifest, its documents stand. Thread-safe.
 */
final class ManifestBatch {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  /** A folder's entries not yet written, by report name. */
  private static final class Waiting {
    private final Map<String, Manifest.Entry> entries = new TreeMap<>();
    private long written = System.nanoTime();
  }

  private final Map<Path, Waiting> folders = new ConcurrentHashMap<>();

  /**
   * Adds a report's entry; writes the folder's waiting entries when the last write is a second
   * old. A failure to write is a warning on {@code err}: the documents stand.
   */
  void record(Path dir, String report, Manifest.Entry entry, PrintWriter err) {
    Waiting waiting = folders.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new Waiting());
    synchronized (waiting) { // writes of one folder in order: a later entry of one name wins
      waiting.entries.put(report, entry);
      if (System.nanoTime() - waiting.written >= INTERVAL_NANOS) {
        write(dir, waiting, err);
      }
    }
  }

  /** Writes every waiting entry. */
  void flush(PrintWriter err) {
    folders.forEach((dir, waiting) -> {
      synchronized (waiting) {
        if (!waiting.entries.isEmpty()) {
          write(dir, waiting, err);
        }
      }
    });
  }

  private static void write(Path dir, Waiting waiting, PrintWriter err) {
    List<String> reports = new ArrayList<>(waiting.entries.keySet());
    try {
      Manifest.recordAll(dir, waiting.entries);
    } catch (IOException e) {
      err.println("  警告：未能记录到 " + dir.resolve(Manifest.FILE) + "（" + e.getMessage()
          + "），verify 将无法核对 " + String.join("、", reports));
    } finally {
      waiting.entries.clear();
      waiting.written = System.nanoTime();
    }
  }
}
