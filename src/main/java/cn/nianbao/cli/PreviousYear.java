package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the previous year's data file for the cross-year checks: the one given with
 * {@code --previous}, or else the file in the same folder whose name is the data file's name with
 * the report year decreased by one ({@code qingshuihe-2021.yaml} → {@code qingshuihe-2020.yaml}).
 *
 * @param report the previous year's report, or null when there is none
 * @param file   its file name, or null
 * @param note   what was used or why the cross-year checks are skipped, for the user
 */
record PreviousYear(Report report, String file, String note) {
  /**
   * The previous file is there but cannot serve: unreadable, bad data, wrong year or body. It only
   * carries the facade's diagnostics (and the lines to print) to the command that reports them.
   */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;
    private final transient List<Diagnostic> diagnostics;

    Unusable(List<String> lines, List<Diagnostic> diagnostics) {
      super(String.join("\n", lines));
      this.lines = List.copyOf(lines);
      this.diagnostics = List.copyOf(diagnostics);
    }

    /** What to print, one line each. */
    List<String> lines() {
      return lines;
    }

    /** The previous file's binding errors, if that is why it cannot serve. */
    List<Diagnostic> diagnostics() {
      return diagnostics;
    }
  }

  /** Reads {@code explicit} if given, else looks for the conventional name beside {@code dataFile}. */
  static PreviousYear find(Nianbao nianbao, Path dataFile, Report report, Path explicit)
      throws Unusable {
    return find(nianbao, nianbao::load, dataFile, report, explicit);
  }

  /** {@link #find(Nianbao, Path, Report, Path)}, binding the file with {@code load}. */
  static PreviousYear find(Nianbao nianbao, Function<Path, Nianbao.Loaded> load, Path dataFile,
      Report report, Path explicit) throws Unusable {
    Path file = explicit;
    if (file == null) {
      String name = dataFile.getFileName().toString();
      String guess = previousName(name, report.year());
      if (guess == null) {
        return none("文件名中没有年度 " + report.year() + "，无法自动找到上年数据，跳过跨年度检查（C5–C7）；"
            + "可用 --previous 指定上年数据文件");
      }
      file = dataFile.resolveSibling(guess);
      if (!Files.isRegularFile(file)) {
        return none("未找到上年数据 " + guess + "，跳过跨年度检查（C5–C7）；可用 --previous 指定上年数据文件");
      }
    }
    String shown = file.getFileName().toString();
    Report previous = bind(load, file, shown);
    var mismatch = nianbao.previousMismatch(report, previous).map(d -> d.inFile(shown));
    if (mismatch.isPresent()) {
      throw new Unusable(List.of(mismatch.get().toString()), List.of(mismatch.get()));
    }
    return new PreviousYear(previous, shown, "对照上年数据：" + shown);
  }

  /** No previous year, because the user said so ({@code --no-previous}). */
  static PreviousYear skipped() {
    return none("已按 --no-previous 跳过跨年度检查（C5–C7），未对照上年数据");
  }

  /** The conventional previous-year name: the last {@code year} in {@code name}, decreased by one. */
  static String previousName(String name, int year) {
    Matcher m = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(name);
    int at = -1;
    while (m.find()) {
      at = m.start();
    }
    return at < 0 ? null : name.substring(0, at) + (year - 1) + name.substring(at + 4);
  }

  private static Report bind(Function<Path, Nianbao.Loaded> load, Path file, String shown)
      throws Unusable {
    Nianbao.Loaded loaded = load.apply(file);
    if (loaded.ok()) {
      return loaded.report();
    }
    List<String> lines = new ArrayList<>();
    loaded.diagnostics().forEach(d -> lines.add(d.toString()));
    lines.add(shown + ": 上年数据有 " + loaded.diagnostics().size() + " 处问题，无法用于跨年度检查。");
    throw new Unusable(lines, loaded.diagnostics());
  }

  private static PreviousYear none(String note) {
    return new PreviousYear(null, null, note);
  }
}
