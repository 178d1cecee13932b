package cn.nianbao.importer;

/**
 * The file cannot be read as a published report (not the format its name says, damaged, hostile,
 * scanned, too large, or no report inside): nothing is written. The message is Chinese and names the file.
 */
public final class NotAReport extends Exception {
  private static final long serialVersionUID = 1L;

  public NotAReport(String message) {
    super(message);
  }

  public NotAReport(String message, Throwable cause) {
    super(message, cause);
  }
}
