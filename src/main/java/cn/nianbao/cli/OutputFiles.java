package cn.nianbao.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes finished documents so that a reader never sees a half-written file: every file is first
 * written in full to a temporary file beside its target, then moved into place.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Writes all files (name → bytes) into {@code dir}, creating it when needed. */
  static List<Path> writeAll(Path dir, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        // Not createTempFile: its owner-only permissions would carry over to the report.
        Path temp = dir.resolve("." + f.getKey() + "." + UUID.randomUUID() + ".part");
        staged.put(temp, dir.resolve(f.getKey()));
        Files.write(temp, f.getValue(), StandardOpenOption.CREATE_NEW);
      }
      List<Path> written = new ArrayList<>();
      for (Map.Entry<Path, Path> s : staged.entrySet()) {
        move(s.getKey(), s.getValue());
        written.add(s.getValue());
      }
      return written;
    } finally {
      for (Path temp : staged.keySet()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** The data file's name without its extension: the name of the documents made from it. */
  static String baseName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
