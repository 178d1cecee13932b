package cn.nianbao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs nianbao's command line in-process and keeps what it printed, for tests. */
final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs one command line; output accumulates across calls. */
  int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
