package cn.nianbao.model;

/**
 * The version of the data file's own format (its keys and their shapes), which a data file may
 * state as {@code 数据格式版本: 1}. It is not the official report format ({@link FormatVersion}):
 * it changes only when nianbao changes what a data file may say, so that a file written for a
 * newer nianbao is refused by an older one with a clear message instead of odd key errors.
 */
public final class DataFormat {
  /** The key a data file states its data-format version with. */
  public static final String KEY = "数据格式版本";
  /** The newest data-format version this nianbao reads; it reads every older one too. */
  public static final int CURRENT = 1;

  private DataFormat() {}
}
