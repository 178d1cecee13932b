package cn.nianbao.cli;

import cn.nianbao.model.FormatVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the JSON Schema of a format version is, as a starter file's
 * {@code # yaml-language-server: $schema=} line should name it: the {@code schemas/} folder shipped
 * beside nianbao (the distribution's top folder, or the repository's), relative to the new file.
 */
final class SchemaLocation {
  private SchemaLocation() {}

  /** The reference for a data file at {@code file} of {@code year}, or null when no schema is installed. */
  static String forFile(Path file, int year) {
    Optional<Path> schema = schemaFile(FormatVersion.forYear(year));
    if (schema.isEmpty()) {
      return null;
    }
    Path from = file.toAbsolutePath().normalize().getParent();
    Path to = schema.get().toAbsolutePath().normalize();
    if (!from.getRoot().equals(to.getRoot())) {
      return to.toUri().toString(); // another drive: only an absolute reference can reach it
    }
    return from.relativize(to).toString().replace('\\', '/');
  }

  /** The schema file of a version: the {@code .json} file in {@code schemas/} whose name has its number. */
  static Optional<Path> schemaFile(FormatVersion version) {
    Path dir = schemasFolder();
    if (dir == null || !Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> {
        String name = f.getFileName().toString();
        return name.endsWith(".json") && name.contains(String.valueOf(version.number()));
      }).sorted().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code schemas/} two levels above where nianbao's classes are: {@code <zip>/lib/nianbao.jar},
   * {@code <repo>/target/nianbao.jar} and {@code <repo>/target/classes} all give the top folder.
   */
  private static Path schemasFolder() {
    var source = SchemaLocation.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path parent = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
      Path top = parent == null ? null : parent.getParent();
      return top == null ? null : top.resolve("schemas");
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null; // not a file location: no schema to point at
    }
  }
}
