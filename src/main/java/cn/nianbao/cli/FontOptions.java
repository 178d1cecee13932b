package cn.nianbao.cli;

import cn.nianbao.render.fonts.FontSearch;
import cn.nianbao.render.fonts.FontSet;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --fonts-dir}: a folder searched for the official fonts before the system's folders. */
final class FontOptions {
  @Option(names = "--fonts-dir", paramLabel = "<文件夹>",
      description = {"先在此文件夹（含子文件夹）中按字体名查找官方字体，再查系统字体文件夹，最后使用内置字体。",
        "不指定时使用环境变量 " + FontSearch.ENV + "（如已设置）"})
  Path fontsDir;

  /** The user's folder: the option, else the environment variable, else none. */
  Path folder() {
    if (fontsDir != null) {
      return fontsDir;
    }
    String env = System.getenv(FontSearch.ENV);
    return env == null || env.isBlank() ? null : Path.of(env);
  }

  /** Resolves the fonts; a configured folder that does not exist is a usage error (exit 2). */
  FontSet fontSet(CommandSpec spec) {
    return FontSet.resolve(FontSearch.system(checkedFolder(spec)));
  }

  /** {@link #folder()}; one that does not exist is a usage error (exit 2). */
  Path checkedFolder(CommandSpec spec) {
    Path folder = folder();
    if (folder != null && !Files.isDirectory(folder)) {
      String from = fontsDir != null ? "--fonts-dir" : "环境变量 " + FontSearch.ENV;
      throw new ParameterException(spec.commandLine(), "字体文件夹不存在：" + folder + "（来自 " + from + "）");
    }
    return folder;
  }
}
