package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.workbench.Workbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao serve <data-file>}: the live workbench — the pages as the PDF lays them out
 * beside the problems, refreshed on every save, in the browser, until Ctrl-C.
 */
@Command(
    name = "serve",
    versionProvider = Version.class,
    description = {
      "打开工作台：在浏览器中显示报告的各页（与 PDF 分页、断行完全相同）和全部问题，",
      "每次保存数据文件（或所用的上年数据文件）后页面自动更新；点击问题即可定位到表格单元格或段落，",
      "点击表格单元格可直接填写数字（写回数据文件，其余内容不变）；可下载 DOCX 和 PDF。",
      "工作台只在本机（127.0.0.1）提供，按 Ctrl-C 关闭。同一个数据文件只能打开一个工作台。"
    },
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao serve qingshuihe-2021.yaml",
      "      打开工作台，并在默认浏览器中显示",
      "  nianbao serve qingshuihe-2021.yaml --port 8123 --no-open",
      "      在 http://127.0.0.1:8123/ 提供工作台，不打开浏览器"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      "0:工作台已关闭（Ctrl-C）",
      ExitCodes.BAD_INPUT_HELP,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class ServeCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "<数据文件>", description = "报告数据文件")
  Path input;

  @Option(names = "--port", paramLabel = "<端口>", defaultValue = "0",
      description = "监听的端口（默认：任选一个空闲端口）")
  int port;

  @Option(names = "--no-open", description = "不自动打开浏览器（地址显示在屏幕上）")
  boolean noOpen;

  @Option(names = "--previous", paramLabel = "<文件>",
      description = "上年报告数据文件（默认：按文件名约定自动查找，找不到则跳过跨年度检查）")
  Path previous;

  @Option(names = "--no-previous",
      description = "不对照上年数据，跳过跨年度检查（C5–C7）")
  boolean noPrevious;

  @Mixin HelpOptions helpOptions;

  @Mixin FontOptions fontOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (previous != null && noPrevious) {
      throw new ParameterException(spec.commandLine(), "--previous 和 --no-previous 不能同用");
    }
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port 应为 0 到 65535 之间的整数");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(input)) {
      err.println(input + ": 找不到数据文件。");
      return ExitCodes.BAD_INPUT;
    }
    Nianbao nianbao = Nianbao.withFonts(fontOptions.fontSet(spec));
    Workbench.Settings settings = new Workbench.Settings(input, previousFor(), port, null);
    Workbench bench;
    try {
      bench = Workbench.start(nianbao, settings);
    } catch (Workbench.AlreadyRunning e) {
      err.println(e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println(input + ": 无法打开工作台：" + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(bench), "nianbao-serve-stop"));
    out.println("工作台：" + bench.address() + "（按 Ctrl-C 关闭）");
    out.flush();
    if (!noOpen && !bench.openInBrowser()) {
      out.println("未能自动打开浏览器，请在浏览器中打开上面的地址。");
      out.flush();
    }
    bench.awaitClose();
    return ExitCodes.OK;
  }

  /** The previous year's file for a report year: the one given, else the conventional name. */
  private IntFunction<Path> previousFor() {
    if (noPrevious) {
      return null;
    }
    if (previous != null) {
      return year -> previous;
    }
    return year -> {
      String guess = PreviousYear.previousName(input.getFileName().toString(), year);
      return guess == null ? null : input.toAbsolutePath().resolveSibling(guess);
    };
  }

  private static void closeQuietly(Workbench bench) {
    try {
      bench.close();
    } catch (IOException e) {
      // shutting down anyway
    }
  }
}
