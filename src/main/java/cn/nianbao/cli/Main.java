package cn.nianbao.cli;

import cn.nianbao.QuietLogging;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Entry point: {@code nianbao <command> ...}. */
public final class Main {
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
    QuietLogging.install(); // before any library logs: fonts are loaded before the facade is made
    try {
      CommandLine cli = NianbaoCommand.commandLine(args);
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

  /** True when the command line asks for JSON on standard output ({@code --format json}). */
  static boolean printsJson(String... args) {
    List<String> list = List.of(args);
    int at = list.indexOf("--format");
    return list.contains("--format=json") || at >= 0 && at + 1 < list.size() && list.get(at + 1).equals("json");
  }
}
