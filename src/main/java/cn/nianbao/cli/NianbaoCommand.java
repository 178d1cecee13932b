package cn.nianbao.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/**
 * The top-level command; it only lists the subcommands, which {@link #commandLine} adds (not the
 * annotation, which would make picocli build the model of every one of them on every run).
 */
@Command(
    name = "nianbao",
    versionProvider = Version.class,
    description = "按国务院办公厅规定的格式生成政府信息公开工作年度报告（DOCX 和 PDF，以及 HTML 预览）。",
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao render qingshuihe-2021.yaml -o 输出",
      "  nianbao check qingshuihe-2021.yaml",
      "  nianbao render --help    （查看某个命令的用法）"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      ExitCodes.OK_HELP,
      ExitCodes.CHECK_FAILED_HELP,
      ExitCodes.BAD_INPUT_HELP,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class NianbaoCommand {
  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(NewCommand.class,
      RenderCommand.class, PreviewCommand.class, ServeCommand.class, CheckCommand.class,
      FontsCommand.class, VerifyCommand.class, ImportCommand.class, HelpCommand.class);

  @Mixin HelpOptions helpOptions;

  /**
   * The command line for {@code args}. When the first word names a subcommand (other than
   * {@code help}), only that one is built: picocli's reflective model of all of them costs a cold
   * start ~0.1 s of CPU, and nothing else is parsed below a subcommand. For anything else (no
   * arguments, {@code --help}, {@code help}, {@code --version}, an unknown word) every subcommand
   * is there, so that the help, the command list and the errors are those of the whole command.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new NianbaoCommand());
    Class<?> only = args.length == 0 || args[0].equals("help") ? null : SUBCOMMANDS.stream()
        .filter(c -> c.getAnnotation(Command.class).name().equals(args[0]))
        .findFirst().orElse(null);
    for (Class<?> subcommand : only == null ? SUBCOMMANDS : List.<Class<?>>of(only)) {
      cli.addSubcommand(subcommand);
    }
    return cli;
  }
}
