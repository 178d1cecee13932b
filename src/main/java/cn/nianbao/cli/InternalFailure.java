package cn.nianbao.cli;

import cn.nianbao.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Anything unexpected (a defect of nianbao, or the Java runtime running out of memory) ends the
 * run with exit code 3 and one line in Chinese naming a log file in the system's temporary folder
 * that holds the details; the console never shows a stack trace.
 */
final class InternalFailure {
  private InternalFailure() {}

  /** Writes the details to a log file, tells the user where, and returns exit code 3. */
  static int report(Throwable failure, PrintWriter err) {
    Path log = writeLog(failure);
    String what = failure instanceof OutOfMemoryError
        ? "内存不足，nianbao 无法完成（数据文件是否过大？）"
        : "nianbao 内部错误（请报告此问题）";
    err.println(what + (log == null ? "。" : "，详细信息已写入 " + log));
    err.flush();
    return ExitCodes.of(Outcome.INTERNAL);
  }

  private static Path writeLog(Throwable failure) {
    try {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      Path log = Files.createTempFile("nianbao-error-", ".log");
      Files.writeString(log, new Version().getVersion()[0] + "\n" + trace, StandardCharsets.UTF_8);
      return log;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return null; // nowhere to write: the one line still tells the user what happened
    }
  }
}
