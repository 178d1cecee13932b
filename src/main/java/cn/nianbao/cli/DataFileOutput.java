package cn.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writing a new data file (`new`, `import`): never over an existing file unless asked, and whole
 * or not at all.
 */
final class DataFileOutput {
  private DataFileOutput() {}

  /** Whether {@code file} may be written; says why not when it exists and --force was not given. */
  static boolean mayWrite(Path file, boolean force, PrintWriter err) {
    if (Files.exists(file) && !force) {
      err.println(file + ": 文件已存在，未改动（要覆盖请加 --force）。");
      return false;
    }
    return true;
  }

  /** Writes {@code text} as UTF-8 to {@code file}; says why when it cannot. */
  static boolean write(Path file, String text, PrintWriter out, PrintWriter err) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      OutputFiles.writeAll(dir, Map.of(file.getFileName().toString(),
          text.getBytes(StandardCharsets.UTF_8)), out);
      return true;
    } catch (IOException e) {
      err.println(file + ": 无法写出文件：" + e.getMessage());
      return false;
    }
  }
}
