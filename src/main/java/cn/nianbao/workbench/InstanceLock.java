package cn.nianbao.workbench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One workbench per data file: a lock on a file in nianbao's cache folder named after the data
 * file's real path (not beside the data file, to leave the clerk's folder as it is). The lock file
 * is never deleted: a process could otherwise lock a file that no one else sees any more.
 */
final class InstanceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock for {@code dataFile} in {@code folder}; empty when another workbench holds it.
   */
  static Optional<InstanceLock> take(Path folder, Path dataFile) throws IOException {
    Files.createDirectories(folder);
    String key = Hex.sha256(dataFile.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
    Path file = folder.resolve("serve-" + key.substring(0, 24) + ".lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new InstanceLock(channel, lock));
      }
    } catch (OverlappingFileLockException e) {
      // held by another workbench in this very process
    }
    channel.close();
    return Optional.empty();
  }

  /** nianbao's cache folder: {@code XDG_CACHE_HOME}, {@code LOCALAPPDATA}, else {@code ~/.cache}. */
  static Path defaultFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String local = System.getenv("LOCALAPPDATA");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : local != null && !local.isBlank() ? Path.of(local)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("nianbao");
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
