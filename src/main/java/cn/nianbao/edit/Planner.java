package cn.nianbao.edit;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.CellValue;
import cn.nianbao.model.ColumnSpec;
import cn.nianbao.model.RowSpec;
import cn.nianbao.model.StatTable;
import cn.nianbao.model.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns cell edits into text edits on the bound file: a written value is replaced at its span, a
 * blank one filled at its span, and cells the file does not have are gathered per mapping that
 * is there (the row, else the nearest row group, else the table) and inserted into it after the
 * nearest entry that comes before them in the official order, in the mapping's own style.
 */
final class Planner {
  /** Keys still to be written under one mapping: a leaf holds its value, a group its own keys. */
  private static final class Node {
    final String value;
    final Map<String, Node> children = new LinkedHashMap<>();

    Node(String value) {
      this.value = value;
    }
  }

  private final TextScan scan;
  private final Syntax syntax;
  private final String eol;
  private final List<TextEdit> out = new ArrayList<>();

  Planner(String text, boolean json) {
    this.scan = new TextScan(text, json);
    this.syntax = new Syntax(json);
    this.eol = scan.eol();
  }

  /** The text edits for {@code edits} (cell → value as typed) on one table of the bound file. */
  List<TextEdit> plan(StatTable table, Map<CellAddress, String> edits) {
    Map<List<String>, Node> additions = new LinkedHashMap<>();
    TableSchema schema = table.schema();
    for (Map.Entry<CellAddress, String> e : edits.entrySet()) {
      CellRef ref = new CellRef(e.getKey().row(), e.getKey().column());
      Span at = writtenSpan(table, ref);
      if (at != null) {
        out.add(replace(at, e.getValue()));
      } else if (!e.getValue().isBlank()) {
        add(additions, table, schema.row(ref.row()).path(), ref.column(), syntax.value(e.getValue()));
      }
    }
    int step = indentStep(table);
    additions.forEach((container, node) -> insert(table, container, node, step));
    return out;
  }

  /** Where the file writes the cell (a value, {@code /} or blank), or null when it does not. */
  static Span writtenSpan(StatTable table, CellRef ref) {
    CellValue v = table.get(ref).orElse(null);
    if (v != null && !v.derived()) {
      return v.span();
    }
    return table.places().blanks().get(ref);
  }

  private TextEdit replace(Span span, String typed) {
    String value = syntax.value(typed);
    int start = span.startOffset();
    if (!syntax.json && value.isEmpty()) {
      int after = scan.skipSpaces(span.endOffset());
      if (scan.charAt(after) == '\n' || scan.charAt(after) == '\r') {
        while (start > 0 && scan.charAt(start - 1) == ' ') {
          start--; // `key: 12` blanked is `key:`, without a trailing space
        }
      }
    } else if (!syntax.json && span.isEmpty() && scan.charAt(start) == ' ') {
      return new TextEdit(start + 1, start + 1, value, TextEdit.VALUE); // `key: ,` has its space already
    } else if (!syntax.json && scan.charAt(start - 1) == ':') {
      value = " " + value; // a YAML value needs a space after the colon
    }
    return new TextEdit(start, span.endOffset(), value, TextEdit.VALUE);
  }

  /** Records a cell under the deepest mapping of its row path that the file has. */
  private void add(Map<List<String>, Node> additions, StatTable table, List<String> rowPath,
      String column, String value) {
    int written = rowPath.size();
    while (written > 0 && !table.places().rows().containsKey(String.join("/", rowPath.subList(0, written)))) {
      written--;
    }
    Node node = additions.computeIfAbsent(List.copyOf(rowPath.subList(0, written)), k -> new Node(null));
    for (String key : rowPath.subList(written, rowPath.size())) {
      node = node.children.computeIfAbsent(key, k -> new Node(null));
    }
    node.children.put(column, new Node(value));
  }

  private void insert(StatTable table, List<String> path, Node node, int step) {
    Span keySpan = path.isEmpty() ? table.places().table()
        : table.places().rows().get(String.join("/", path));
    ValuePlace place = scan.valueOf(keySpan.startOffset());
    List<String> order = childOrder(table.schema(), path);
    Map<String, Integer> presentEnds = new LinkedHashMap<>();
    Map<String, Integer> presentStarts = new LinkedHashMap<>();
    for (String key : order) {
      Span span = childSpan(table, path, key);
      if (span != null) {
        boolean leaf = table.schema().row(String.join("/", path)) != null;
        presentEnds.put(key, !leaf ? scan.valueOf(span.startOffset()).extentEnd()
            : span.isEmpty() && !syntax.json ? scan.skipSpaces(span.endOffset()) : span.endOffset());
        presentStarts.put(key, span.startOffset());
      }
    }
    Map<String, List<String>> byAnchor = new LinkedHashMap<>();
    String anchor = null;
    for (String key : order) {
      if (presentEnds.containsKey(key)) {
        anchor = key;
      } else if (node.children.containsKey(key)) {
        byAnchor.computeIfAbsent(anchor == null ? "" : anchor, k -> new ArrayList<>()).add(key);
      }
    }
    Integer firstStart = presentStarts.values().stream().min(Integer::compare).orElse(null);
    byAnchor.forEach((a, keys) -> {
      Map<String, Node> nodes = new LinkedHashMap<>();
      keys.forEach(k -> nodes.put(k, node.children.get(k)));
      Integer anchorEnd = a.isEmpty() ? null : presentEnds.get(a);
      emit(place, nodes, anchorEnd, firstStart, step, TextEdit.appended(path.size()));
    });
  }

  private void emit(ValuePlace place, Map<String, Node> nodes, Integer anchorEnd, Integer firstStart,
      int step, int rank) {
    if (place instanceof ValuePlace.Flow f) {
      emitFlow(f, nodes, anchorEnd, firstStart, step, rank);
    } else if (place instanceof ValuePlace.Block b) {
      List<String> lines = new ArrayList<>();
      nodes.forEach((k, n) -> block(lines, k, n, b.childIndent(), b.childIndent() - b.keyIndent()));
      if (anchorEnd == null) {
        out.add(new TextEdit(scan.lineStart(firstStart), scan.lineStart(firstStart),
            String.join(eol, lines) + eol, TextEdit.VALUE));
      } else {
        int next = scan.nextLine(anchorEnd);
        out.add(next < 0 ? new TextEdit(scan.length(), scan.length(), eol + String.join(eol, lines), rank)
            : new TextEdit(next, next, String.join(eol, lines) + eol, rank));
      }
    } else {
      ValuePlace.Blank blank = (ValuePlace.Blank) place;
      if (blank.inFlow()) {
        String space = !syntax.json && scan.charAt(blank.start() - 1) == ':' ? " " : "";
        out.add(new TextEdit(blank.start(), blank.end(), space + "{" + flowItems(nodes, ", ") + "}", TextEdit.VALUE));
        return;
      }
      int start = blank.start();
      while (blank.end() > start && scan.charAt(start - 1) == ' ') {
        start--;
      }
      out.add(new TextEdit(start, blank.end(), "", TextEdit.VALUE));
      List<String> lines = new ArrayList<>();
      nodes.forEach((k, n) -> block(lines, k, n, blank.keyIndent() + step, step));
      out.add(new TextEdit(blank.lineEnd(), blank.lineEnd(), eol + String.join(eol, lines), rank));
    }
  }

  private void emitFlow(ValuePlace.Flow f, Map<String, Node> nodes, Integer anchorEnd, Integer firstStart,
      int step, int rank) {
    String indent = " ".repeat(firstStart != null ? scan.indent(scan.lineStart(firstStart))
        : scan.indent(scan.lineStart(f.open())) + step);
    if (anchorEnd != null) {
      String sep = f.multiline() ? "," + eol + indent : ", ";
      out.add(new TextEdit(anchorEnd, anchorEnd, sep + flowItems(nodes, sep), rank));
    } else if (f.multiline()) {
      String sep = "," + eol + indent;
      out.add(new TextEdit(f.open() + 1, f.open() + 1,
          eol + indent + flowItems(nodes, sep) + (firstStart != null ? "," : ""), TextEdit.VALUE));
    } else {
      int at = firstStart != null ? scan.skipSpaces(f.open() + 1) : f.open() + 1;
      out.add(new TextEdit(at, at, flowItems(nodes, ", ") + (firstStart != null ? ", " : ""), TextEdit.VALUE));
    }
  }

  private String flowItems(Map<String, Node> nodes, String sep) {
    List<String> items = new ArrayList<>();
    nodes.forEach((k, n) -> items.add(n.value != null ? syntax.entry(k, n.value)
        : syntax.key(k) + ": {" + flowItems(n.children, ", ") + "}"));
    return String.join(sep, items);
  }

  private void block(List<String> lines, String key, Node node, int indent, int step) {
    String pad = " ".repeat(indent);
    if (node.value != null) {
      lines.add(pad + syntax.entry(key, node.value));
      return;
    }
    lines.add(pad + syntax.key(key) + ":");
    node.children.forEach((k, n) -> block(lines, k, n, indent + step, step));
  }

  /** The span marking a child of the mapping at {@code path}: a cell's value, or a row's key. */
  private static Span childSpan(StatTable table, List<String> path, String key) {
    String joined = String.join("/", path);
    if (table.schema().row(joined) != null) {
      return writtenSpan(table, new CellRef(joined, key));
    }
    return table.places().rows().get(joined.isEmpty() ? key : joined + "/" + key);
  }

  /** The keys a mapping may hold, in the official order: a row's columns, or a group's rows. */
  private static List<String> childOrder(TableSchema schema, List<String> path) {
    RowSpec row = schema.row(String.join("/", path));
    if (row != null) {
      return row.columns().stream().map(ColumnSpec::key).toList();
    }
    Set<String> keys = new LinkedHashSet<>();
    for (RowSpec r : schema.rows()) {
      if (r.path().size() > path.size() && r.path().subList(0, path.size()).equals(path)) {
        keys.add(r.path().get(path.size()));
      }
    }
    return List.copyOf(keys);
  }

  /** The file's own indentation step, from the table's block (2 when the table is a flow mapping). */
  private int indentStep(StatTable table) {
    if (table.places().table() != null
        && scan.valueOf(table.places().table().startOffset()) instanceof ValuePlace.Block b) {
      return b.childIndent() - b.keyIndent();
    }
    return 2;
  }
}
