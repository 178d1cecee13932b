package cn.nianbao.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a table definition file ({@code templates/<version>/tables.yaml}, described in its own
 * header and in docs/format.md §2) into {@link TableDefinition}s, in file order. SnakeYAML rather
 * than Jackson, because the files share column lists through YAML anchors.
 */
final class TablesFile {
  private static final Set<String> TABLE = Set.of(
      "key", "name", "heading", "row_header", "bands", "corner", "columns", "rows", "sums");

  private TablesFile() {}

  /** Reads the class-path resource {@code resource}, e.g. {@code templates/2021/tables.yaml}. */
  static List<TableDefinition> read(String resource) {
    try (InputStream in = TablesFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not found on the class path");
      }
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Object root = new Yaml(new SafeConstructor(options))
          .load(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (!(root instanceof Map<?, ?> tables) || tables.isEmpty()) {
        throw new IllegalStateException(resource + ": expected a map of tables");
      }
      List<TableDefinition> out = new ArrayList<>();
      tables.forEach((name, body) ->
          out.add(table(new DefinitionNode(resource + ": " + name, body).attributes(TABLE))));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static TableDefinition table(DefinitionNode t) {
    String key = t.required("key").text();
    String name = t.required("name").text();
    String heading = t.required("heading").text();
    TableShape shape = t.get("bands") != null ? BandedTable.read(t) : TreeTable.read(t);
    TableSchema schema = new TableSchema(name, key, shape.rows(), Sums.read(t.get("sums"), shape.rows()));
    return new TableDefinition(schema, heading, shape.headerRows(), shape.columns(), shape.grid(),
        shape.labels());
  }

  /** What a table's layout gives: its value rows, its grid and the labels of its rows and groups. */
  record TableShape(List<RowSpec> rows, int headerRows, int columns, List<List<GridCell>> grid,
      Map<String, String> labels) {}

  /** A value column: its spec, its printed heading and how many grid columns it takes. */
  record Column(ColumnSpec spec, String header, int span) {
    private static final Set<String> ATTRIBUTES = Set.of("key", "label", "header", "type", "span");

    /** A column written as its key alone, or as a map of attributes. */
    static Column read(DefinitionNode node) {
      if (node.isText()) {
        return new Column(new ColumnSpec(node.text(), node.text(), ValueType.COUNT), node.text(), 1);
      }
      node.attributes(ATTRIBUTES);
      String key = node.required("key").text();
      String label = node.text("label", key);
      return new Column(new ColumnSpec(key, label, type(node.get("type"))),
          node.text("header", label), node.positive("span", 1));
    }

    private static ValueType type(DefinitionNode node) {
      String name = node == null ? "count" : node.text();
      return switch (name) {
        case "count" -> ValueType.COUNT;
        case "change" -> ValueType.CHANGE;
        case "amount" -> ValueType.AMOUNT;
        default -> throw DefinitionNode.wrong(node.where(), "type must be count, change or amount");
      };
    }
  }
}
