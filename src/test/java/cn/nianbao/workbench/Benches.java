package cn.nianbao.workbench;

import cn.nianbao.Nianbao;
import cn.nianbao.render.fonts.FontSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Workbenches on copies of the examples, for the tests; one facade (fonts read once) for all. */
final class Benches {
  static final Nianbao NIANBAO = Nianbao.withFonts(FontSet.bundled());

  private Benches() {}

  /** Copies an example (and the year before it, when there is one) into {@code folder}. */
  static Path copyExample(Path folder, String name) throws IOException {
    for (String file : new String[] {name, name.replace("2021", "2020")}) {
      Files.copy(Path.of("examples", file + ".yaml"), folder.resolve(file + ".yaml"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    return folder.resolve(name + ".yaml");
  }

  /** A workbench on {@code dataFile}, the previous year found by its conventional name. */
  static Workbench open(Path dataFile, Path lockFolder) throws Exception {
    return Workbench.start(NIANBAO, new Workbench.Settings(dataFile, year -> {
      String name = dataFile.getFileName().toString();
      return name.contains(String.valueOf(year))
          ? dataFile.resolveSibling(name.replace(String.valueOf(year), String.valueOf(year - 1)))
          : null;
    }, 0, lockFolder));
  }

  /** Replaces the first occurrence of {@code from} in the file (written in place, like an editor). */
  static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new AssertionError(from + " not in " + file);
    }
    Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()),
        StandardCharsets.UTF_8);
  }
}
