package cn.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code nianbao <command> ...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs a command line with the given streams and returns the exit code (testable, never exits). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      CommandLine cli = new CommandLine(new NianbaoCommand());
      cli.setOut(out);
      cli.setErr(err);
      ChineseUsage.install(cli);
      cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
          InternalFailure.report(e, commandLine.getErr()));
      int code = cli.execute(args);
      return code == CommandLine.ExitCode.USAGE ? ExitCodes.BAD_INPUT : code;
    } catch (Throwable unexpected) { // OutOfMemoryError included: one line and a log, never a trace
      return InternalFailure.report(unexpected, err);
    }
  }
}
