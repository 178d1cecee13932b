package cn.nianbao.binder;

import cn.nianbao.binder.SourceNode.Entry;
import cn.nianbao.binder.SourceNode.ListNode;
import cn.nianbao.binder.SourceNode.MapNode;
import cn.nianbao.binder.SourceNode.Scalar;
import cn.nianbao.diagnostic.Span;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML or JSON into {@link SourceNode}s with spans. Jackson's streaming parser is used
 * rather than its tree model because the tree model forgets where each value stood. What a report
 * has no use for and that would silently change it is refused here: YAML anchors, aliases and
 * merge keys, a second document, content after the JSON object, and invisible or control
 * characters inside values (escaped ones included).
 */
final class SourceReader {
  private static final int MAX_DEPTH = 64;

  private final SourceText source;
  private final Problems problems;
  private final boolean json;
  private boolean references;

  SourceReader(SourceText source, Problems problems, boolean json) {
    this.source = source;
    this.problems = problems;
    this.json = json;
  }

  /** Reads the whole document; a syntax error ends reading with one problem. */
  SourceNode read() throws IOException {
    try (JsonParser parser = factory().createParser(new StringReader(source.text()))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(source.point(0), "文件为空，没有任何报告数据");
        throw problems.failure();
      }
      SourceNode root = node(parser, 0);
      trailing(parser);
      if (references) {
        throw problems.failure(); // what the references stand for is unknown: nothing more to say
      }
      return root;
    } catch (JsonProcessingException e) {
      problems.add(new SyntaxError(source, json).span(e), new SyntaxError(source, json).message(e));
      throw problems.failure();
    }
  }

  private JsonFactory factory() {
    StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
    if (json) {
      return JsonFactory.builder().streamReadConstraints(limits).build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(DataFile.MAX_CHARS);
    options.setAllowDuplicateKeys(true); // reported by the binder, with both lines
    // The builder, unlike the constructor, leaves EMPTY_STRING_AS_NULL off: a blank `key:` must stay null.
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(limits)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
  }

  /** Nothing may follow the first document: a second YAML document, or text after the JSON object. */
  private void trailing(JsonParser p) throws IOException {
    JsonToken next;
    try {
      next = p.nextToken();
    } catch (JsonProcessingException e) {
      next = JsonToken.NOT_AVAILABLE;
    }
    if (next != null) {
      Span at = next == JsonToken.NOT_AVAILABLE ? end(p) : start(p);
      problems.add(at, json ? "JSON 对象的 “}” 之后还有内容：一个文件只能有一个 { … }，请删去多余的部分"
          : "文件中有第二个 YAML 文档（“---” 之后又有内容）：一个文件只能写一份报告，请删去多余的部分");
      throw problems.failure();
    }
  }

  private SourceNode node(JsonParser p, int depth) throws IOException {
    Span start = start(p);
    refuseYamlReferences(p, start);
    return switch (p.currentToken()) {
      case START_OBJECT -> map(p, start, depth);
      case START_ARRAY -> list(p, start, depth);
      case VALUE_NULL -> new Scalar(scalarSpan(p, start), null, false);
      default -> {
        String text = p.getText();
        Span span = scalarSpan(p, start);
        checkCharacters(text, span);
        yield new Scalar(span, text, p.currentToken() == JsonToken.VALUE_STRING);
      }
    };
  }

  private MapNode map(JsonParser p, Span start, int depth) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Span keySpan = scalarSpan(p, start(p));
      checkCharacters(key, keySpan);
      if (!json && "<<".equals(key)) {
        problems.add(keySpan, "不能使用 YAML 合并键 “<<”：报告数据中请把各项直接写出来");
        references = true;
      }
      p.nextToken();
      SourceNode value = node(p, depth + 1);
      Entry previous = entries.get(key);
      if (previous != null) {
        problems.add(keySpan, "“" + key + "” 重复出现（第一次在第" + previous.keySpan().startLine() + "行）");
      } else {
        entries.put(key, new Entry(key, keySpan, value));
      }
    }
    return new MapNode(to(start, end(p)), entries);
  }

  private ListNode list(JsonParser p, Span start, int depth) throws IOException {
    List<SourceNode> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(node(p, depth + 1));
    }
    return new ListNode(to(start, end(p)), items);
  }

  /** Anchors ({@code &name}) and aliases ({@code *name}) would let one value stand in for another. */
  private void refuseYamlReferences(JsonParser p, Span at) throws IOException {
    if (!(p instanceof YAMLParser y)) {
      return;
    }
    if (y.isCurrentAlias()) {
      problems.add(at, "不能使用 YAML 别名 “*" + y.getText() + "”：请把内容直接写出来");
      references = true;
    } else if (at.startOffset() < source.text().length() && source.text().charAt(at.startOffset()) == '&') {
      // the event starts at its anchor; Jackson does not report anchors of scalars
      String anchor = source.text().substring(at.startOffset()).split("[\\s,\\]}]", 2)[0];
      problems.add(at, "不能使用 YAML 锚点 “" + anchor + "”：请删去它，内容直接写出来");
      references = true;
    }
  }

  /** Escapes can put what the file's own text cannot hold into a value: check the value itself. */
  private void checkCharacters(String text, Span span) {
    int i = Visible.firstForbidden(text);
    if (i >= 0) {
      problems.add(span, "文字中有不可见的字符 " + Visible.name(text.codePointAt(i))
          + "（由转义写法 “\\” 写入），请删去");
    }
  }

  private Span scalarSpan(JsonParser p, Span start) {
    Span end = end(p);
    return to(start, end);
  }

  private static Span to(Span start, Span end) {
    return end.startOffset() < start.startOffset() ? start
        : new Span(start.startLine(), start.startColumn(), start.startOffset(),
            end.startLine(), end.startColumn(), end.startOffset());
  }

  private Span start(JsonParser p) {
    return at(p.currentTokenLocation());
  }

  private Span end(JsonParser p) {
    return at(p.currentLocation());
  }

  private Span at(JsonLocation location) {
    long offset = location.getCharOffset();
    if (offset < 0) {
      return source.point(source.lineStart(location.getLineNr()) + Math.max(0, location.getColumnNr() - 1));
    }
    return source.point(json ? (int) offset : source.fromCodePoints((int) offset));
  }
}
