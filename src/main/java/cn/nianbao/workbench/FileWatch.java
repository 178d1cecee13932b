package cn.nianbao.workbench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the folders of the data file and of the previous year's file, and calls back when
 * something happens to either file by name. Editors save in several steps (write a temporary file
 * then rename it over the old one; or truncate, then write): each step is an event here, and the
 * caller waits for a quiet moment before reading (see {@link Workbench}).
 */
final class FileWatch implements Closeable {
  private final WatchService service;
  private final Runnable onChange;
  private final Set<Path> files = ConcurrentHashMap.newKeySet();
  private final Map<Path, WatchKey> folders = new ConcurrentHashMap<>();
  private final Thread thread;

  FileWatch(Runnable onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.onChange = onChange;
    this.thread = new Thread(this::run, "nianbao-watch");
    thread.setDaemon(true);
  }

  /** Starts watching. */
  void start() {
    thread.start();
  }

  /** Watches {@code file} (absolute) from now on, beside those already watched. */
  void watch(Path file) throws IOException {
    Path folder = file.getParent();
    if (files.add(file) && !folders.containsKey(folder)) {
      folders.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        Path folder = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
              || files.contains(folder.resolve((Path) event.context()));
        }
        key.reset();
        if (relevant) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the workbench stops
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
