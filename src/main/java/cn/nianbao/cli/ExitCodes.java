package cn.nianbao.cli;

import cn.nianbao.Outcome;

/** Process exit codes: the one place an {@link Outcome} becomes a number. Listed in every {@code --help}. */
final class ExitCodes {
  /** Everything asked for was done. */
  static final int OK = 0;
  /** The report's numbers do not reconcile: the checker found errors. */
  static final int CHECK_FAILED = 1;
  /** Bad command line or input that cannot be read or bound; nothing was written. */
  static final int BAD_INPUT = 2;
  /** A defect of nianbao itself (template or renderer); nothing was written. */
  static final int INTERNAL_ERROR = 3;

  // Lines of the "退出码" list in --help, as picocli wants them: code:description.
  static final String OK_HELP = "0:成功";
  static final String CHECK_FAILED_HELP = "1:数字核对发现错误（勾稽关系不符等；render 未生成任何文件，--draft 除外）";
  static final String BAD_INPUT_HELP = "2:命令行有误，或数据文件无法读取、内容有误（未写出任何文件）";
  static final String INTERNAL_ERROR_HELP = "3:nianbao 内部错误（模板或渲染器缺陷，未写出任何文件）";

  private ExitCodes() {}

  /** The exit code of an outcome. */
  static int of(Outcome outcome) {
    return switch (outcome) {
      case OK -> OK;
      case CHECK_FAILED -> CHECK_FAILED;
      case BAD_INPUT -> BAD_INPUT;
      case INTERNAL -> INTERNAL_ERROR;
    };
  }
}
