package cn.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Entry point: {@code nianbao <command> ...}. */
public final class Main {
  static {
    // POI logs through Log4j's API; without a provider Log4j complains on stderr. Route it to
    // its built-in simple logger and keep that quiet: users see only nianbao's own messages.
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
  }

  private Main() {}

  public static void main(String[] args) {
    Charset console = ConsoleCharset.forStdout();
    // JSON is for other tools and always UTF-8; text is for the person at the console.
    PrintWriter out = new PrintWriter(System.out, true, printsJson(args) ? StandardCharsets.UTF_8 : console);
    PrintWriter err = new PrintWriter(System.err, true, console);
    System.exit(run(out, err, args));
  }

  /** Runs a command line with the given streams and returns the exit code (testable, never exits). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new NianbaoCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("nianbao 内部错误（请报告此问题）：" + e);
      e.printStackTrace(commandLine.getErr());
      return ExitCodes.INTERNAL_ERROR;
    });
    int code = cli.execute(args);
    return code == CommandLine.ExitCode.USAGE ? ExitCodes.BAD_INPUT : code;
  }

  /** True when the command line asks for JSON on standard output ({@code --format json}). */
  static boolean printsJson(String... args) {
    List<String> list = List.of(args);
    int at = list.indexOf("--format");
    return list.contains("--format=json") || at >= 0 && at + 1 < list.size() && list.get(at + 1).equals("json");
  }
}
