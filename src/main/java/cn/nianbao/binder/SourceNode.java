package cn.nianbao.binder;

import cn.nianbao.model.SourceLocation;
import java.util.List;
import java.util.Map;

/** A data file parsed into maps, lists and scalars, each remembering where it starts. */
sealed interface SourceNode {
  SourceLocation where();

  /** How a node of this kind is named in messages. */
  String kindName();

  /** A mapping; entries keep file order. */
  record MapNode(SourceLocation where, Map<String, Entry> entries) implements SourceNode {
    public String kindName() {
      return "一组键值";
    }
  }

  /** One key of a mapping, with the key's own position. */
  record Entry(String key, SourceLocation keyWhere, SourceNode value) {}

  /** A sequence. */
  record ListNode(SourceLocation where, List<SourceNode> items) implements SourceNode {
    public String kindName() {
      return "列表";
    }
  }

  /** A scalar: its text as written, or null for an empty value ({@code key:} with nothing after it). */
  record Scalar(SourceLocation where, String text, boolean quoted) implements SourceNode {
    public String kindName() {
      return text == null ? "空值" : " “" + text + "”";
    }

    boolean isNull() {
      return text == null;
    }
  }
}
