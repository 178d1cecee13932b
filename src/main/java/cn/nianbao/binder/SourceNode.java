package cn.nianbao.binder;

import cn.nianbao.diagnostic.Span;
import java.util.List;
import java.util.Map;

/** A data file parsed into maps, lists and scalars, each remembering its span. */
sealed interface SourceNode {
  Span span();

  /** How a node of this kind is named in messages. */
  String kindName();

  /** A mapping; entries keep file order. */
  record MapNode(Span span, Map<String, Entry> entries) implements SourceNode {
    public String kindName() {
      return "一组键值";
    }
  }

  /** One key of a mapping, with the key's own span. */
  record Entry(String key, Span keySpan, SourceNode value) {}

  /** A sequence. */
  record ListNode(Span span, List<SourceNode> items) implements SourceNode {
    public String kindName() {
      return "列表";
    }
  }

  /**
   * A scalar: its text as written, or null for an empty value ({@code key:} with nothing after it,
   * whose span is empty, just after the colon).
   */
  record Scalar(Span span, String text, boolean quoted) implements SourceNode {
    public String kindName() {
      return text == null ? "空值" : " " + Visible.quote(text);
    }

    boolean isNull() {
      return text == null;
    }
  }
}
