package cn.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The data files a command line names: a file as given, a folder as every data file under it
 * ({@code .yaml}, {@code .yml}, {@code .json}; hidden files and folders left out), each with the
 * folder its documents go to — the same relative path under the output folder.
 */
final class DataFiles {
  /** One data file and the folder its documents are written to. */
  record Job(Path input, Path outputDir) {}

  private DataFiles() {}

  /** Expands {@code inputs} in order; a folder's files sorted by their path. */
  static List<Job> expand(List<Path> inputs, Path outputDir) throws IOException {
    List<Job> jobs = new ArrayList<>();
    Path out = outputDir.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (!Files.isDirectory(input)) {
        jobs.add(new Job(input, outputDir));
        continue;
      }
      Path folder = input.toAbsolutePath().normalize();
      // an output folder inside the input folder holds no data of its own: do not read it back
      boolean outInside = !out.equals(folder) && out.startsWith(folder);
      try (Stream<Path> all = Files.walk(input)) {
        for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
          Path rel = input.relativize(file);
          boolean inOut = outInside && file.toAbsolutePath().normalize().startsWith(out);
          if (isData(rel) && !inOut) {
            Path dir = rel.getParent() == null ? outputDir : outputDir.resolve(rel.getParent());
            jobs.add(new Job(file, dir));
          }
        }
      }
    }
    return jobs;
  }

  private static boolean isData(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = rel.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
