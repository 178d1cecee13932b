package cn.nianbao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.HelpCommand;

/** The top-level command; it only lists the subcommands. */
@Command(
    name = "nianbao",
    versionProvider = Version.class,
    description = "按国务院办公厅规定的格式生成政府信息公开工作年度报告（DOCX 和 PDF，以及 HTML 预览）。",
    subcommands = {NewCommand.class, RenderCommand.class, PreviewCommand.class, ServeCommand.class,
        CheckCommand.class,
        FontsCommand.class, VerifyCommand.class, ImportCommand.class,
        HelpCommand.class},
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
  @Mixin HelpOptions helpOptions;
}
