package cn.nianbao.starter;

import cn.nianbao.model.CellRef;
import cn.nianbao.model.TableSchema;
import java.util.Map;

/**
 * The pieces of a data file as {@code nianbao new} writes them, for other writers of data files
 * (the importer): the same key order, quoting and comments, so that every written file looks alike.
 */
public final class DataFileText {
  private DataFileText() {}

  /**
   * Appends one statistical table in the schema's key order, one cell a line with its official
   * name in a comment; cells absent from {@code values} are left blank.
   *
   * @param title  the comment on the table's key, e.g. 二、主动公开政府信息情况
   * @param values cell text to write ({@code 3}, {@code +1}, {@code /})
   * @param notes  an extra remark for a cell's comment
   */
  public static void table(StringBuilder out, TableSchema schema, String title, Map<CellRef, String> values,
      Map<CellRef, String> notes) {
    new TableSkeleton(schema, values, notes).write(out, title);
  }

  /** A string value in double quotes, so that colons, quotes and {@code #} in it stay text. */
  public static String quoted(String text) {
    return Yaml.quoted(text);
  }

  /** {@code line} padded to the comment column, then {@code # comment}. */
  public static String withComment(String line, String comment) {
    return Yaml.withComment(line, comment);
  }
}
