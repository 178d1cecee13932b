package cn.nianbao.binder;

import cn.nianbao.diagnostic.Span;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML or JSON parser error into a Chinese message at the parser's position. The
 * parsers' own English text is never shown: a known problem is said in Chinese, any other as a
 * plain "cannot read this"; and a typing slip of a Chinese keyboard near the error (a full-width
 * colon, comma or bracket where YAML/JSON needs the ASCII one, a full-width space in the
 * indentation) is named with what to type instead, since it is almost always the cause.
 */
final class SyntaxError {
  /** Known parser problems, by a phrase of their English text, and what to say instead. */
  private record Known(String phrase, String yaml, String json) {}

  private static final List<Known> KNOWN = List.of(
      new Known("(tab)", "YAML 只能用空格缩进，不能用 Tab 键", "这里不能有 Tab 字符"),
      new Known("tab character", "YAML 只能用空格缩进，不能用 Tab 键", "这里不能有 Tab 字符"),
      new Known("mapping values are not allowed", "这里不能出现 “键: 值”：请检查缩进（同一层的键要对齐），"
          + "或给含有 “: ” 的文字加上引号", null),
      new Known("could not find expected ':'", "缺少冒号：键和值之间要写半角冒号和一个空格（“键: 值”）", null),
      new Known("expected ',' or ']'", "方括号 “[” 没有闭合：列表各项之间用半角逗号 “,” 分隔，最后写 “]”", null),
      new Known("expected ',' or '}'", "花括号 “{” 没有闭合：各项之间用半角逗号 “,” 分隔，最后写 “}”", null),
      new Known("did not find expected key", "缩进不一致：同一层的键要对齐，或上一行的括号、引号没有闭合", null),
      new Known("did not find expected '-' indicator", "列表项的缩进不一致：同一列表的各个 “- ” 要对齐", null),
      new Known("expected <block end>", "缩进不一致：同一层的键要对齐", null),
      new Known("found unknown escape character", "双引号内的 “\\” 写法无法识别：需要反斜杠时写 “\\\\”，或改用单引号",
          null),
      new Known("did not find expected <document start>", "文件中有多余的内容，一个文件只能写一份报告", null),
      new Known("found undefined alias", "不能使用 YAML 别名（“*”开头）：请把内容直接写出来", null),
      new Known("found unexpected end of stream", "文件意外结束：引号或括号没有闭合", null),
      new Known("unexpected end-of-input", "文件意外结束：括号或引号没有闭合", "文件意外结束：括号或引号没有闭合"),
      new Known("exceeds the limit", "文件太大（超过 5 MB）", "文件太大（超过 5 MB）"),
      new Known("nesting depth", "嵌套层数过多，报告数据最多只有几层", "嵌套层数过多，报告数据最多只有几层"),
      new Known("expecting double-quote to start field name", null,
          "这里应为用英文双引号括起来的键（最后一项之后不能有逗号）"),
      new Known("expecting comma to separate", null, "各项之间要用半角逗号 “,” 分隔"),
      new Known("expecting a colon", null, "键之后要写半角冒号 “:”"),
      new Known("unrecognized token", null, "无法识别的内容：文字要用英文双引号 \" 括起来，数字不加引号"),
      new Known("illegal unquoted character", null, "引号内不能直接换行或含有控制字符（换行请写 \\n）"),
      new Known("leading zeroes", null, "数字不能以 0 开头"),
      new Known("non-standard token", null, "不是有效的数字"),
      new Known("invalid numeric value", null, "不是有效的数字"),
      new Known("unexpected close marker", null, "括号不配对：多了一个 “}” 或 “]”"));

  /** Full-width characters typed where the syntax needs the ASCII one, and that ASCII one. */
  private static final String WIDE = "：，；｛｝［］“”";
  private static final String ASCII = ":,,{}[]\"\""; // YAML and JSON separate items with commas
  private static final Pattern WIDE_KEY = Pattern.compile("^[ \\u3000]*(?:-\\s+)?[^\\s:：#'\"{}\\[\\]]{1,30}(：)");
  /**
   * The longest YAML line accepted. The YAML parser's cost grows faster than a line's length (a
   * 1.6-million-character line takes seconds and most of a gigabyte); a paragraph is a few hundred
   * characters. JSON has no such cost, so a one-line JSON file of any size within the cap is fine.
   */
  static final int MAX_YAML_LINE = 50_000;
  private static final Pattern WIDE_INDENT = Pattern.compile("^ *(\\u3000)");

  private final SourceText source;
  private final boolean json;

  SyntaxError(SourceText source, boolean json) {
    this.source = source;
    this.json = json;
  }

  /**
   * Refuses, before parsing, the slips that are wrong wherever they stand: a full-width space at
   * the start of a line (YAML indents with ASCII spaces only; inside text a line never starts
   * there) and a top-level key at the start of a line followed by a full-width colon.
   */
  static void checkLines(SourceText source, java.util.Collection<String> topKeys, boolean json,
      Problems problems) {
    for (int line = 1; line <= source.lines(); line++) {
      String text = source.lineText(line);
      int at = source.lineStart(line);
      if (!json && text.length() > MAX_YAML_LINE) {
        problems.add(source.point(at), "这一行有 " + text.length() + " 个字符，太长：YAML 文件每行不能超过 "
            + MAX_YAML_LINE / 10_000 + " 万个字符（一个段落通常只有几百字），请检查是否粘贴了整篇文档");
        continue;
      }
      if (text.startsWith("\u3000")) {
        problems.add(source.span(at, at + 1), "行首有全角空格：YAML 的缩进只能用半角空格（切换到英文输入法后按空格键）");
        continue;
      }
      for (String key : topKeys) {
        String rest = text.startsWith(key) ? text.substring(key.length()).stripLeading() : "";
        if (rest.startsWith("：")) {
          int colon = at + text.indexOf('：', key.length());
          problems.add(source.span(colon, colon + 1), "“" + key + "” 后面的 “：” 是全角冒号：键后要用半角冒号 “:”"
              + "再加一个空格（切换到英文输入法后输入），写成 “" + key + ": …”");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw problems.failure();
    }
  }

  /** Where to point: a typing slip near the error, else the parser's own mark. */
  Span span(JsonProcessingException e) {
    int[] slip = slip(line(e));
    if (slip != null) {
      return source.span(slip[0], slip[0] + 1);
    }
    return source.point(offset(e));
  }

  /** The message in Chinese. */
  String message(JsonProcessingException e) {
    String kind = json ? "JSON" : "YAML";
    int[] slip = slip(line(e));
    if (slip != null) {
      char c = source.text().charAt(slip[0]);
      if (c == '\u3000') {
        return kind + " 格式错误：行首有全角空格，缩进只能用半角空格（切换到英文输入法后按空格键）";
      }
      char ascii = ASCII.charAt(WIDE.indexOf(c));
      return kind + " 格式错误：“" + c + "” 是全角符号，这里要用半角的 “" + ascii + "”（切换到英文输入法后输入）"
          + (ascii == ':' ? "，冒号后再加一个空格" : "");
    }
    String problem = problem(e).toLowerCase(Locale.ROOT);
    String since = since(e);
    for (Known k : KNOWN) {
      String said = json ? k.json() : k.yaml();
      if (said != null && problem.contains(k.phrase())) {
        return kind + " 格式错误" + since + "：" + said;
      }
    }
    return kind + " 格式错误" + since + "：这里的写法无法识别，请检查冒号、缩进、引号和括号"
        + (json ? "（JSON 的键和文字都要用英文双引号）" : "");
  }

  /**
   * A full-width syntax character on the error's line or the few lines before it: a key followed
   * by {@code ：}, a full-width space in the indentation, or in a bracketed line any of
   * {@code ，；｛｝［］} (and for JSON the curly quotes). Returns the char offset, or null.
   */
  private int[] slip(int errorLine) {
    for (int line = errorLine; line >= Math.max(1, errorLine - 3); line--) {
      String text = source.lineText(line);
      int at = slipIn(text);
      if (at >= 0) {
        return new int[] {source.lineStart(line) + at};
      }
    }
    return null;
  }

  private int slipIn(String line) {
    Matcher indent = WIDE_INDENT.matcher(line);
    if (indent.find()) {
      return indent.start(1);
    }
    Matcher key = WIDE_KEY.matcher(line);
    if (key.find()) {
      return key.start(1);
    }
    boolean bracketed = json || line.matches(".*[{\\[｛［].*");
    for (int i = 0; bracketed && i < line.length(); i++) {
      char c = line.charAt(i);
      if (WIDE.indexOf(c) >= 0 && (json || (c != '“' && c != '”'))) {
        return i;
      }
    }
    return -1;
  }

  private int line(JsonProcessingException e) {
    return source.span(offset(e), offset(e)).startLine();
  }

  private int offset(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
      return offset(y.getProblemMark());
    }
    JsonLocation at = e.getLocation();
    if (at == null) {
      return 0;
    }
    if (at.getCharOffset() >= 0) {
      return json ? (int) at.getCharOffset() : source.fromCodePoints((int) at.getCharOffset());
    }
    return source.lineStart(Math.max(1, at.getLineNr())) + Math.max(0, at.getColumnNr() - 1);
  }

  private int offset(Mark mark) {
    return source.fromCodePoints(mark.getIndex());
  }

  private static String problem(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y) {
      return (y.getContext() == null ? "" : y.getContext() + " ") + y.getProblem();
    }
    String original = e.getOriginalMessage();
    return original == null ? "" : original;
  }

  private String since(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y && y.getContextMark() != null) {
      int contextLine = source.point(offset(y.getContextMark())).startLine();
      if (contextLine != line(e)) {
        return "（自第" + contextLine + "行起）";
      }
    }
    return "";
  }
}
