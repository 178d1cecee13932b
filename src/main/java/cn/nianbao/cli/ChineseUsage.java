package cn.nianbao.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own words in Chinese: the help's headings, and the messages for a command line it
 * cannot parse (missing or unknown options and parameters, a missing command), each followed by
 * how to get help.
 */
final class ChineseUsage {
  private ChineseUsage() {}

  /** Sets the help headings of {@code cli} and all its subcommands. */
  static void install(CommandLine cli) {
    cli.getCommandSpec().usageMessage()
        .synopsisHeading("用法：")
        .commandListHeading("%n命令：%n")
        .optionListHeading("%n选项：%n")
        .parameterListHeading("%n参数：%n")
        .descriptionHeading("%n");
    cli.getSubcommands().values().forEach(ChineseUsage::install);
    cli.setParameterExceptionHandler(ChineseUsage::handle);
  }

  /** Prints the problem with a command line in Chinese; exit code 2. */
  private static int handle(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String name = cli.getCommandSpec().qualifiedName();
    cli.getErr().println(name + ": " + message(e));
    cli.getErr().println("用 “" + name + " --help” 查看用法和示例。");
    return ExitCodes.BAD_INPUT;
  }

  static String message(ParameterException e) {
    if (e instanceof MissingParameterException missing) {
      return "缺少" + missing.getMissing().stream().map(ChineseUsage::describe)
          .collect(Collectors.joining("、"));
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> args = unmatched.getUnmatched();
      String first = args.isEmpty() ? "" : args.get(0);
      List<String> suggestions = unmatched.getSuggestions();
      String hint = suggestions.isEmpty() ? "" : "，是否应为 “" + suggestions.get(0) + "”？";
      boolean command = !unmatched.getCommandLine().getSubcommands().isEmpty()
          && unmatched.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
      return (first.startsWith("-") ? "不认识的选项 “" : command ? "不认识的命令 “" : "多余的参数 “")
          + first + "”" + hint;
    }
    if (e instanceof picocli.CommandLine.MutuallyExclusiveArgsException) {
      // picocli names them "Error: --output=<数据文件>, --into=<数据文件> are mutually exclusive (…)"
      String names = String.valueOf(e.getMessage()).replaceFirst("^Error: ", "")
          .replaceFirst(" are mutually exclusive.*$", "").replaceAll("=<[^>]*>", "");
      return "选项 " + names.replace(", ", " 和 ") + " 不能同时使用，只能选一个";
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return "选项 " + describe(overwritten.getOverwritten()) + " 只能给一次";
    }
    if (e.getMessage() != null && e.getMessage().startsWith("Missing required subcommand")) {
      List<String> names = e.getCommandLine().getSubcommands().keySet().stream()
          .filter(name -> !name.equals("help")).toList();
      return "缺少命令：请在 nianbao 之后写 "
          + String.join("、", names.subList(0, names.size() - 1)) + " 或 " + names.get(names.size() - 1);
    }
    if (e.getArgSpec() != null) {
      return describe(e.getArgSpec()) + " 的值无效" + (e.getValue() == null ? "" : "：“" + e.getValue() + "”");
    }
    String own = e.getMessage();
    return own != null && own.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN) ? own : "命令行有误";
  }

  private static String describe(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return "选项 " + option.longestName() + (option.paramLabel().isEmpty() || option.arity().max() == 0
          ? "" : " " + option.paramLabel());
    }
    return "参数 " + arg.paramLabel();
  }
}
