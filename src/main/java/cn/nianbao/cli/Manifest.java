package cn.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of what {@code render} wrote into a folder ({@value #FILE}), one entry per report,
 * so that {@code verify} can later show that the archive regenerates what was published. The JSON
 * is {@link ManifestJson}'s.
 */
final class Manifest {
  static final String FILE = "nianbao-manifest.json";

  /**
   * What was rendered for one report.
   *
   * @param dataFile  the data file, relative to the folder when it lies below it
   * @param data      SHA-256 of the data file
   * @param version   the program, e.g. {@code nianbao 0.1.0}
   * @param draft     whether it was rendered as a draft
   * @param documents file name → SHA-256 of each document written
   * @param fonts     font file → SHA-256 of each font the PDF could draw with
   */
  record Entry(String dataFile, String data, String version, boolean draft,
      Map<String, String> documents, Map<String, String> fonts) {}

  private Manifest() {}

  /** The entries recorded in {@code dir} (report name → entry); empty when there is none. */
  static Map<String, Entry> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return new TreeMap<>();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ManifestJson.read(in);
    }
  }

  /** Adds or replaces the entry of one report, under the folder's lock. */
  static void record(Path dir, String report, Entry entry) throws IOException {
    recordAll(dir, Map.of(report, entry));
  }

  /** Adds or replaces the entries of several reports (name → entry), under the folder's lock. */
  static void recordAll(Path dir, Map<String, Entry> entries) throws IOException {
    OutputFiles.locked(dir, () -> {
      Map<String, Entry> all = read(dir);
      all.putAll(entries);
      byte[] json = ManifestJson.write(all);
      Path part = dir.resolve("." + FILE + "." + java.util.UUID.randomUUID() + ".part");
      try {
        OutputFiles.REAL.write(part, json);
        OutputFiles.REAL.move(part, dir.resolve(FILE));
      } catch (IOException e) {
        Files.deleteIfExists(part);
        throw OutputFiles.failed(dir.resolve(FILE), e);
      }
      return null;
    });
  }

  /** The data file as recorded: relative to {@code dir} when below it, else absolute. */
  static String dataFile(Path dir, Path data) {
    Path abs = data.toAbsolutePath().normalize();
    Path base = dir.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /** The recorded data file as a path. */
  static Path dataPath(Path dir, Entry entry) {
    return dir.resolve(entry.dataFile());
  }
}
