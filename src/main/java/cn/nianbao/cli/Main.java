package cn.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
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
}
