package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The data files one command has bound, the last few kept: in a folder that holds several years
 * of reports each file is also the next year's previous year (for the cross-year checks), and is
 * then read and bound once, not twice. A file is known by its path, size and modification time,
 * so one that changed is bound again. Thread-safe: a file being bound on one thread is waited
 * for, not bound a second time, by another.
 */
final class BoundFiles {
  /** Enough for the files of one report and the reports near it in a folder's order. */
  private static final int KEPT = 8;

  private record Key(Path file, long size, FileTime modified) {}

  private final Nianbao nianbao;
  private final Map<Key, CompletableFuture<Nianbao.Loaded>> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Nianbao.Loaded>> e) {
          return size() > KEPT;
        }
      };

  BoundFiles(Nianbao nianbao) {
    this.nianbao = nianbao;
  }

  /** {@link Nianbao#load(Path)}, or what it returned for this file before. */
  Nianbao.Loaded load(Path file) {
    Key key;
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      key = new Key(file.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime());
    } catch (IOException e) {
      return nianbao.load(file); // says why it cannot be read, in the user's words
    }
    CompletableFuture<Nianbao.Loaded> mine = new CompletableFuture<>();
    CompletableFuture<Nianbao.Loaded> known;
    synchronized (kept) {
      known = kept.putIfAbsent(key, mine);
    }
    if (known != null) {
      return known.join();
    }
    try {
      Nianbao.Loaded loaded = nianbao.load(file);
      mine.complete(loaded);
      return loaded;
    } catch (RuntimeException | Error e) {
      synchronized (kept) {
        kept.remove(key, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
