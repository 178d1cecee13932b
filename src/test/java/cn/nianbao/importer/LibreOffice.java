package cn.nianbao.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs LibreOffice headless for the round trips, each conversion with its own user profile (so
 * parallel runs do not share one) and many files per call (LibreOffice starts slowly). Missing
 * LibreOffice fails the test: {@code ./test} installs it.
 */
final class LibreOffice {
  private LibreOffice() {}

  /** Converts {@code files} to {@code format} (e.g. {@code docx}, {@code pdf}, {@code html}) into {@code outDir}. */
  static Process start(List<Path> files, String format, Path outDir, Path profile) throws IOException {
    List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
        "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", outDir.toString()));
    files.forEach(f -> command.add(f.toString()));
    Files.createDirectories(outDir);
    try {
      return new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(outDir.resolve("soffice.log").toFile()).start();
    } catch (IOException e) {
      throw new AssertionError("LibreOffice (soffice) 未安装：导入的往返测试需要它。运行 ./test 会自动安装 libreoffice-writer。", e);
    }
  }

  static void await(Process p, Path outDir) throws Exception {
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish in 10 minutes");
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("soffice exited " + p.exitValue() + ": " + Files.readString(outDir.resolve("soffice.log")));
    }
  }
}
