package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces the documents made from one data file as a pair, so that a folder never keeps a new
 * DOCX beside an old PDF:
 *
 * <ol>
 *   <li>every file is written in full, and flushed to disk, to a temporary
 *       {@code .NAME.<uuid>.part} beside its target; so is the journal, which records the
 *       targets, the second name (backup) each old file will get and the parts;
 *   <li>each old file gets its second name, and the journal's part becomes
 *       {@code .nianbao-journal} (a rename);
 *   <li>the parts replace the targets; if one replacement fails the earlier ones are undone;
 *   <li>deleting the journal commits; then the backups go.
 * </ol>
 *
 * A kill between 2 and 4 leaves the journal behind: {@link #recover} (run by every command before
 * it touches the folder) puts the old files back. Steps 2 to 4 happen under a lock on
 * {@code .nianbao.lock} in the folder, so two renders into one folder never interleave; a target
 * that came or went since its journal was written gets a journal rewritten under the lock. Step 1
 * does not need the lock (each part has a name of its own), and it holds the slow part, waiting
 * for the disk: outside the lock, the reports of a batch write their files side by side, and none
 * waits for another's flush. So a part file that no journal lists is only taken for the leftover
 * of a kill once it is {@link #STALE_PART old}: a younger one may be another process's, being
 * written.
 */
final class OutputFiles {
  static final String LOCK = ".nianbao.lock";
  static final String JOURNAL = ".nianbao-journal";
  /** Our temporary files: {@code .NAME.<uuid>.part} (new content) and {@code .old} (backups). */
  private static final Pattern OURS = Pattern.compile(
      "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(part|old)");
  /** One monitor per folder: a FileLock excludes other processes, not other threads. */
  private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();
  /** The age after which a part file no journal lists is a leftover of a kill. */
  static final Duration STALE_PART = Duration.ofMinutes(10);

  /** The file operations, replaceable in tests to inject failures. */
  interface Disk {
    void write(Path file, byte[] bytes) throws IOException;

    void move(Path from, Path to) throws IOException;
  }

  static final Disk REAL = new Disk() {
    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(bytes));
        ch.force(true); // on disk before the journal says it is there
      }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  };

  /** Something that runs while the folder is locked. */
  interface Locked<T> {
    T run() throws IOException;
  }

  private final Disk disk;
  /**
   * The folders whose stray temporary files this instance has removed already: a batch uses one
   * instance, so that a folder of a thousand reports is not listed again before each one (a
   * journal left by a kill is still looked for every time).
   */
  private final Set<Path> swept = ConcurrentHashMap.newKeySet();

  OutputFiles(Disk disk) {
    this.disk = disk;
  }

  /** For one command: writes files for real, looks for stray temporary files once per folder. */
  static OutputFiles forOneCommand() {
    return new OutputFiles(REAL);
  }

  /** Writes all files (name → bytes) into {@code dir} as one unit, creating it when needed. */
  static List<Path> writeAll(Path dir, Map<String, byte[]> files, PrintWriter notes)
      throws IOException {
    return new OutputFiles(REAL).replace(dir, files, notes);
  }

  /** The data file's name without its extension: the name of the documents made from it. */
  static String baseName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Repairs what a killed run left in {@code dir}, if anything, saying so on {@code notes}: puts
   * back the old files of an unfinished replacement and removes our temporary files.
   */
  static void recover(Path dir, PrintWriter notes) throws IOException {
    forOneCommand().recoverFolder(dir, notes);
  }

  private void recoverFolder(Path dir, PrintWriter notes) throws IOException {
    if (Files.isDirectory(dir) && needsRecovery(dir)) {
      locked(dir, () -> {
        repair(dir, notes);
        return null;
      });
    }
  }

  /** {@link #recover} for the folder a data file is in: commands run "in" that folder too. */
  static void recoverBeside(Path dataFile, PrintWriter notes) throws IOException {
    forOneCommand().recoverFolderOf(dataFile, notes);
  }

  /** {@link #recoverBeside}, listing each folder at most once in this instance's life. */
  void recoverFolderOf(Path dataFile, PrintWriter notes) throws IOException {
    Path parent = dataFile.toAbsolutePath().getParent();
    if (parent != null) {
      recoverFolder(parent, notes);
    }
  }

  /** Runs {@code action} holding the folder's lock (it is created when missing). */
  static <T> T locked(Path dir, Locked<T> action) throws IOException {
    Files.createDirectories(dir);
    Object monitor = MONITORS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new Object());
    synchronized (monitor) {
      Path lockFile = dir.resolve(LOCK);
      try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
          FileLock lock = ch.lock()) {
        hide(lockFile);
        return action.run();
      } catch (FileSystemException e) {
        if (lockFile.toString().equals(e.getFile())) {
          throw failed(lockFile, e);
        }
        throw e;
      }
    }
  }

  /**
   * Hides the lock file on Windows (the dot hides it elsewhere). It is never deleted: a process
   * waiting on a deleted lock file would lock a file no one else sees.
   */
  private static void hide(Path lockFile) {
    try {
      Files.setAttribute(lockFile, "dos:hidden", true);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // not a DOS-attribute file system: the leading dot is enough
    }
  }

  List<Path> replace(Path dir, Map<String, byte[]> files, PrintWriter notes) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw failed(dir, e);
    }
    Map<Path, Path> parts = stage(dir, files);
    Journal journal = null;
    try {
      journal = journal(dir, parts, null);
      Journal written = journal;
      return locked(dir, () -> {
        repair(dir, notes);
        return commit(dir, parts, written);
      });
    } catch (IOException e) {
      deleteAll(parts.values());
      if (journal != null) {
        Files.deleteIfExists(journal.part()); // gone once it became the journal
      }
      throw e;
    }
  }

  /** Deletes the files that exist; returns how many. */
  private static int deleteAll(Iterable<Path> files) throws IOException {
    int deleted = 0;
    for (Path f : files) {
      if (Files.deleteIfExists(f)) {
        deleted++;
      }
    }
    return deleted;
  }

  /** Writes every file to its part; on failure removes the parts written so far. */
  private Map<Path, Path> stage(Path dir, Map<String, byte[]> files) throws IOException {
    Map<Path, Path> parts = new LinkedHashMap<>(); // target → part
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        if (Files.isDirectory(target)) {
          throw new WriteFailed(target, "同名的文件夹已存在（是一个文件夹）", null);
        }
        // Not createTempFile: its owner-only permissions would carry over to the report.
        Path part = temp(dir, f.getKey(), "part");
        parts.put(target, part);
        try {
          disk.write(part, f.getValue());
        } catch (IOException e) {
          throw failed(target, e);
        }
      }
      return parts;
    } catch (IOException | RuntimeException e) {
      deleteAll(parts.values());
      throw e;
    }
  }

  /**
   * A journal written in full and flushed to disk as a part, to become {@link #JOURNAL} by a
   * rename under the lock: the slow flush is made outside the lock, while the other reports of a
   * batch go on. {@code backups} names, for each target, the second name its old file gets, or is
   * empty for a target that did not exist when the journal was written.
   */
  private record Journal(Path part, Map<Path, Optional<Path>> backups) {}

  /**
   * Writes a journal for replacing the targets of {@code parts}, listing a backup for each target
   * that exists now. Given an {@code earlier} journal, it is rewritten: same file, same backup names.
   */
  private Journal journal(Path dir, Map<Path, Path> parts, Journal earlier) throws IOException {
    Map<Path, Optional<Path>> backups = new LinkedHashMap<>();
    for (Path target : parts.keySet()) {
      Path backup = earlier == null
          ? temp(dir, target.getFileName().toString(), "old")
          : earlier.backups().get(target).orElseGet(() -> temp(dir, target.getFileName().toString(), "old"));
      backups.put(target, Files.exists(target) ? Optional.of(backup) : Optional.empty());
    }
    StringBuilder lines = new StringBuilder();
    backups.forEach((target, backup) -> lines.append(target.getFileName()).append('\t')
        .append(backup.map(b -> b.getFileName().toString()).orElse("")).append('\t')
        .append(parts.get(target).getFileName()).append('\n'));
    Path part = earlier == null ? temp(dir, JOURNAL.substring(1), "part") : earlier.part();
    try {
      if (earlier != null) {
        Files.delete(part);
      }
      disk.write(part, lines.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      Files.deleteIfExists(part);
      throw failed(dir.resolve(JOURNAL), e);
    }
    return new Journal(part, backups);
  }

  /**
   * With the lock held: backs up the old files, puts the journal in place, replaces; undoes the
   * replacements made if one fails. When a target came or went since the journal was written
   * (another process, between the two), the journal is written again first.
   */
  private List<Path> commit(Path dir, Map<Path, Path> parts, Journal written) throws IOException {
    Journal j = written;
    for (Map.Entry<Path, Optional<Path>> b : written.backups().entrySet()) {
      if (b.getValue().isPresent() != Files.exists(b.getKey())) {
        j = journal(dir, parts, written);
        break;
      }
    }
    Map<Path, Optional<Path>> backups = j.backups();
    for (Map.Entry<Path, Optional<Path>> b : backups.entrySet()) {
      if (b.getValue().isPresent()) {
        backup(b.getKey(), b.getValue().get());
      }
    }
    try {
      disk.move(j.part(), dir.resolve(JOURNAL));
    } catch (IOException e) {
      deleteAll(backups.values().stream().flatMap(Optional::stream).toList());
      throw failed(dir.resolve(JOURNAL), e);
    }
    List<Path> replaced = new ArrayList<>();
    try {
      for (Map.Entry<Path, Path> p : parts.entrySet()) {
        try {
          disk.move(p.getValue(), p.getKey());
        } catch (IOException e) {
          throw failed(p.getKey(), e);
        }
        replaced.add(p.getKey());
      }
    } catch (IOException e) {
      restore(backups);
      deleteAll(parts.values());
      Files.deleteIfExists(dir.resolve(JOURNAL));
      throw e;
    }
    Files.delete(dir.resolve(JOURNAL)); // the commit point
    for (Optional<Path> b : backups.values()) {
      if (b.isPresent()) {
        Files.deleteIfExists(b.get());
      }
    }
    return replaced;
  }

  /** Gives the old file a second name (a hard link, else a copy). */
  private static void backup(Path target, Path backup) throws IOException {
    try {
      Files.createLink(backup, target);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Puts each old file back (or removes a target that did not exist before). */
  private static void restore(Map<Path, Optional<Path>> backups) throws IOException {
    for (Map.Entry<Path, Optional<Path>> b : backups.entrySet()) {
      if (b.getValue().isPresent()) {
        if (Files.exists(b.getValue().get())) {
          REAL.move(b.getValue().get(), b.getKey());
          // rename(2) does nothing when both names are links to one file: the backup stays.
          Files.deleteIfExists(b.getValue().get());
        }
      } else {
        Files.deleteIfExists(b.getKey());
      }
    }
  }

  private boolean needsRecovery(Path dir) throws IOException {
    if (Files.exists(dir.resolve(JOURNAL))) {
      return true;
    }
    if (swept.contains(key(dir))) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      if (files.anyMatch(f -> OURS.matcher(f.getFileName().toString()).matches())) {
        return true;
      }
    }
    swept.add(key(dir));
    return false;
  }

  /** With the lock held: undoes an unfinished replacement, removes our stale temporary files. */
  private void repair(Path dir, PrintWriter notes) throws IOException {
    Path journal = dir.resolve(JOURNAL);
    boolean killed = Files.exists(journal);
    int removed = 0;
    if (killed) {
      Map<Path, Optional<Path>> backups = new LinkedHashMap<>();
      List<Path> parts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length >= 2 && !f[0].isEmpty()) { // journals of earlier versions list no parts
          backups.put(dir.resolve(f[0]),
              f[1].isEmpty() ? Optional.empty() : Optional.of(dir.resolve(f[1])));
          names.add(f[0]);
        }
        if (f.length >= 3 && OURS.matcher(f[2]).matches()) {
          parts.add(dir.resolve(f[2]));
        }
      }
      restore(backups);
      removed += deleteAll(parts);
      Files.delete(journal);
      notes.println("  上次生成 " + String.join("、", names)
          + " 时被中断，已恢复为中断前的文件（" + dir + "）");
    }
    if (!swept.add(key(dir)) && !killed) {
      // listed before by this command: what another command's kill left since is swept next time
      notes.flush();
      return;
    }
    removed += sweep(dir);
    if (removed > 0) {
      notes.println("  已删除上次中断留下的 " + removed + " 个临时文件（" + dir + "）");
    }
    notes.flush();
  }

  /** Removes our temporary files that are {@link #leftOver}; returns how many. */
  private static int sweep(Path dir) throws IOException {
    int removed = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (OURS.matcher(f.getFileName().toString()).matches() && leftOver(f)
            && Files.deleteIfExists(f)) {
          removed++;
        }
      }
    }
    return removed;
  }

  /** A backup (made and removed under the lock) or a part {@link #STALE_PART} old. */
  private static boolean leftOver(Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".part")) {
      return true;
    }
    try {
      Instant written = Files.getLastModifiedTime(file).toInstant();
      return written.isBefore(Instant.now().minus(STALE_PART));
    } catch (NoSuchFileException e) {
      return false; // its writer has just renamed it
    }
  }

  private static Path key(Path dir) {
    return dir.toAbsolutePath().normalize();
  }

  private static Path temp(Path dir, String name, String kind) {
    return dir.resolve("." + name + "." + UUID.randomUUID() + "." + kind);
  }

  static WriteFailed failed(Path path, IOException e) {
    return WriteFailed.of(path, e);
  }
}
