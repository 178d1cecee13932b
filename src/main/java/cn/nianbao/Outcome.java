package cn.nianbao;

/**
 * How a run ended, from the user's point of view. The command line turns each into its exit code
 * in one place ({@code cn.nianbao.cli.ExitCodes}).
 */
public enum Outcome {
  /** Everything asked for was done (warnings allowed). */
  OK,
  /** The report's numbers do not reconcile: the checker found errors. */
  CHECK_FAILED,
  /** A bad command line, or a data file that cannot be read or bound, or a character no font has. */
  BAD_INPUT,
  /** A defect of nianbao itself. */
  INTERNAL;

  /** The worse of two outcomes (for a batch). */
  public Outcome worse(Outcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
