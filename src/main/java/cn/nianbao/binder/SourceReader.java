package cn.nianbao.binder;

import cn.nianbao.binder.SourceNode.Entry;
import cn.nianbao.binder.SourceNode.ListNode;
import cn.nianbao.binder.SourceNode.MapNode;
import cn.nianbao.binder.SourceNode.Scalar;
import cn.nianbao.model.SourceLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML or JSON into {@link SourceNode}s with positions. Jackson's streaming parser is used
 * rather than its tree model because the tree model forgets where each value stood.
 */
final class SourceReader {
  private final String fileName;
  private final List<Problem> problems;

  SourceReader(String fileName, List<Problem> problems) {
    this.fileName = fileName;
    this.problems = problems;
  }

  /** Reads the whole document; syntax errors become a {@link BindingException}. */
  SourceNode read(Reader reader, boolean json) throws IOException {
    JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
    try (JsonParser parser = factory.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BindingException(List.of(new Problem(
            new SourceLocation(fileName, 1, 1), "文件为空，没有任何报告数据")));
      }
      return node(parser);
    } catch (JsonProcessingException e) {
      throw new BindingException(List.of(new Problem(syntaxLocation(e), syntaxMessage(e, json))));
    }
  }

  /** Where the parser found the mistake: SnakeYAML's own mark is exact, Jackson's may lag. */
  private SourceLocation syntaxLocation(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
      return new SourceLocation(fileName, y.getProblemMark().getLine() + 1,
          y.getProblemMark().getColumn() + 1);
    }
    JsonLocation at = e.getLocation();
    return at == null ? new SourceLocation(fileName, 1, 1)
        : new SourceLocation(fileName, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  /** SnakeYAML's message repeats the source with carets; keep only what it says is wrong. */
  private static String syntaxMessage(JsonProcessingException e, boolean json) {
    if (e.getCause() instanceof MarkedYAMLException y) {
      String context = y.getContext() == null ? "" : y.getContext() + ": ";
      String since = y.getContextMark() == null ? ""
          : "（自第" + (y.getContextMark().getLine() + 1) + "行起）";
      String hint = y.getProblem().contains("\\t(TAB)") ? "（YAML 只能用空格缩进，不能用 Tab 键）" : "";
      return "YAML 格式错误" + since + hint + "：" + context + y.getProblem();
    }
    return (json ? "JSON" : "YAML") + " 格式错误：" + e.getOriginalMessage().lines().findFirst().orElse("");
  }

  private SourceNode node(JsonParser p) throws IOException {
    SourceLocation where = location(p);
    return switch (p.currentToken()) {
      case START_OBJECT -> map(p, where);
      case START_ARRAY -> list(p, where);
      case VALUE_NULL -> new Scalar(where, null, false);
      default -> new Scalar(where, p.getText(), p.currentToken() == JsonToken.VALUE_STRING);
    };
  }

  private MapNode map(JsonParser p, SourceLocation where) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      SourceLocation keyWhere = location(p);
      p.nextToken();
      SourceNode value = node(p);
      Entry previous = entries.get(key);
      if (previous != null) {
        problems.add(new Problem(keyWhere,
            "“" + key + "” 重复出现（第一次在第" + previous.keyWhere().line() + "行）"));
      } else {
        entries.put(key, new Entry(key, keyWhere, value));
      }
    }
    return new MapNode(where, entries);
  }

  private ListNode list(JsonParser p, SourceLocation where) throws IOException {
    List<SourceNode> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(node(p));
    }
    return new ListNode(where, items);
  }

  private SourceLocation location(JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return new SourceLocation(fileName, at.getLineNr(), at.getColumnNr());
  }
}
