package cn.nianbao.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node of a table definition file read by SnakeYAML, with the path that led to it, so that a
 * mistake in the file names its place. Every attribute is checked against the ones its node may
 * have: a misspelt attribute is an error, not a silent default.
 */
record DefinitionNode(String where, Object value) {
  /** A mistake in a table definition file: a defect of the templates, not of a user's data. */
  static IllegalStateException wrong(String where, String what) {
    return new IllegalStateException(where + ": " + what);
  }

  boolean isText() {
    return value instanceof String;
  }

  boolean isMap() {
    return value instanceof Map;
  }

  String text() {
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    throw wrong(where, "expected a text, found " + value);
  }

  List<DefinitionNode> list() {
    if (!(value instanceof List<?> items) || items.isEmpty()) {
      throw wrong(where, "expected a non-empty list, found " + value);
    }
    return java.util.stream.IntStream.range(0, items.size())
        .mapToObj(i -> new DefinitionNode(where + "[" + i + "]", items.get(i))).toList();
  }

  /** Fails unless this is a map whose attributes are all among {@code allowed}. */
  DefinitionNode attributes(Set<String> allowed) {
    if (!(value instanceof Map<?, ?> map)) {
      throw wrong(where, "expected a map, found " + value);
    }
    for (Object key : map.keySet()) {
      if (!allowed.contains(String.valueOf(key))) {
        throw wrong(where, "unknown attribute \"" + key + "\"; allowed: " + allowed);
      }
    }
    return this;
  }

  /** The attribute, or null when absent. */
  DefinitionNode get(String key) {
    Object v = ((Map<?, ?>) value).get(key);
    return v == null ? null : new DefinitionNode(where + "." + key, v);
  }

  DefinitionNode required(String key) {
    DefinitionNode node = get(key);
    if (node == null) {
      throw wrong(where, "missing \"" + key + "\"");
    }
    return node;
  }

  String text(String key, String fallback) {
    DefinitionNode node = get(key);
    return node == null ? fallback : node.text();
  }

  int positive(String key, int fallback) {
    DefinitionNode node = get(key);
    if (node == null) {
      return fallback;
    }
    if (node.value instanceof Integer n && n > 0) {
      return n;
    }
    throw wrong(node.where, "expected a positive whole number, found " + node.value);
  }

  boolean flag(String key, boolean fallback) {
    DefinitionNode node = get(key);
    if (node == null) {
      return fallback;
    }
    if (node.value instanceof Boolean b) {
      return b;
    }
    throw wrong(node.where, "expected true or false, found " + node.value);
  }
}
