package cn.nianbao.binder;

import cn.nianbao.binder.SourceNode.Entry;
import cn.nianbao.binder.SourceNode.ListNode;
import cn.nianbao.binder.SourceNode.MapNode;
import cn.nianbao.binder.SourceNode.Scalar;
import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Shape checks shared by the binders; each failed check records one problem and returns empty. */
final class Fields {
  /** A text value and where it stood. */
  record Text(String text, Span span) {}

  private final Problems problems;

  Fields(Problems problems) {
    this.problems = problems;
  }

  void problem(Span where, String message) {
    problems.add(where, message);
  }

  /** A problem with one table cell's value. */
  void problem(Span where, String message, CellAddress cell, String cellLabel) {
    problems.add(where, message, cell, cellLabel);
  }

  Optional<MapNode> map(SourceNode node, String field) {
    if (node instanceof MapNode m) {
      return Optional.of(m);
    }
    problem(node.span(), field + ": 应为一组键值（键: 值），实际为" + node.kindName());
    return Optional.empty();
  }

  /** A non-blank string; numbers written without quotes are taken as their text. */
  Optional<Text> text(SourceNode node, String field) {
    if (node instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
      String text = s.text().strip();
      if (text.length() > 1 && (text.charAt(0) == '［' && text.endsWith("］")
          || text.charAt(0) == '｛' && text.endsWith("｝"))) {
        problem(s.span(), field + ": “" + text.charAt(0) + "” 是全角括号：列表要用半角方括号 “[ ]”（切换到英文输入法后输入），"
            + "或去掉括号直接写文字");
        return Optional.empty();
      }
      return Optional.of(new Text(text, s.span()));
    }
    problem(node.span(), field + ": 应为一段文字，实际为" + node.kindName());
    return Optional.empty();
  }

  /** A list of non-blank strings; a single string counts as a list of one. */
  Optional<List<Text>> texts(SourceNode node, String field) {
    if (node instanceof Scalar) {
      return text(node, field).map(List::of);
    }
    if (!(node instanceof ListNode list) || list.items().isEmpty()) {
      problem(node.span(), field + ": 应为一个或多个段落组成的列表，实际为" + node.kindName());
      return Optional.empty();
    }
    List<Text> out = new ArrayList<>();
    boolean ok = true;
    for (SourceNode item : list.items()) {
      Optional<Text> t = text(item, field);
      t.ifPresent(out::add);
      ok &= t.isPresent();
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  /** Reports every key of {@code map} not in {@code allowed}; {@code explain} may say why a key is wrong. */
  void onlyKnownKeys(MapNode map, String field, Collection<String> allowed,
      Function<String, String> explain) {
    for (Entry e : map.entries().values()) {
      if (allowed.contains(e.key())) {
        continue;
      }
      String why = explain.apply(e.key());
      if (why == null) {
        why = Slips.inKey(e.key(), allowed);
      }
      if (why == null) {
        String nearest = NearestKey.among(e.key(), allowed);
        why = "不认识的键 " + Visible.quote(e.key()) + (nearest == null ? "" : "，是否应为 “" + nearest + "”？");
      }
      problem(e.keySpan(), (field.isEmpty() ? "" : field + ": ") + why);
    }
  }

  /** The entry for {@code key}, recording a problem at the map when it is missing. */
  Optional<Entry> required(MapNode map, String field, String key, String hint) {
    Entry e = map.entries().get(key);
    if (e == null) {
      problem(map.span(), (field.isEmpty() ? "" : field + ": ") + "缺少 “" + key + "”" + hint);
    }
    return Optional.ofNullable(e);
  }
}
