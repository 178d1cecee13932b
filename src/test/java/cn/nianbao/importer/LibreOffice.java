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
 * LibreOffice fails the test: {@code ./test} installs it. A conversion whose soffice dies (seen
 * once: exit 134 while the machine was overloaded) is run once more, alone, with a new profile;
 * a second failure fails the test. soffice sees the fonts of {@link LibreOfficeFonts#config}.
 */
final class LibreOffice {
  private LibreOffice() {}

  /** A conversion started by {@link #start}. */
  record Conversion(Process process, List<Path> files, String format, Path outDir, Path profile, Path fonts) {}

  /**
   * Converts {@code files} to {@code format} (e.g. {@code docx}, {@code pdf}, {@code html}) into
   * {@code outDir}, with {@code fonts} as soffice's fontconfig configuration.
   */
  static Conversion start(List<Path> files, String format, Path outDir, Path profile, Path fonts) throws IOException {
    return new Conversion(launch(files, format, outDir, profile, fonts), files, format, outDir, profile, fonts);
  }

  private static Process launch(List<Path> files, String format, Path outDir, Path profile, Path fonts)
      throws IOException {
    List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
        "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", outDir.toString()));
    files.forEach(f -> command.add(f.toString()));
    Files.createDirectories(outDir);
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(outDir.resolve("soffice.log").toFile());
      pb.environment().put("FONTCONFIG_FILE", fonts.toString());
      return pb.start();
    } catch (IOException e) {
      throw new AssertionError("LibreOffice (soffice) 未安装：导入的往返测试需要它。运行 ./test 会自动安装 libreoffice-writer。", e);
    }
  }

  /** Waits for the conversion; runs it once more when soffice failed. */
  static void await(Conversion c) throws Exception {
    if (finished(c.process()) != 0) {
      Path profile = c.profile().resolveSibling(c.profile().getFileName() + "-again");
      await(launch(c.files(), c.format(), c.outDir(), profile, c.fonts()), c.outDir());
    }
  }

  private static int finished(Process p) throws InterruptedException {
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish in 10 minutes");
    }
    return p.exitValue();
  }

  private static void await(Process p, Path outDir) throws Exception {
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish in 10 minutes");
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("soffice exited " + p.exitValue() + ": " + Files.readString(outDir.resolve("soffice.log")));
    }
  }
}
