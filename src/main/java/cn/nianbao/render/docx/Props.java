package cn.nianbao.render.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A property element ({@code w:pPr}, {@code w:rPr}, {@code w:tcPr}, …) being put together: the
 * writer adds children in whatever order suits it, and {@link #write} emits them in the sequence
 * of ECMA-376 ({@link SchemaOrder}); children of equal rank keep their order. Elements without a
 * known sequence (borders, cell margins) keep the order they were added in.
 */
final class Props {
  /** A child: an empty element with attributes, or a nested property element. */
  private record Child(String name, String[] attributes, Props nested) {}

  private final String name;
  private final String[] attributes;
  private final List<Child> children = new ArrayList<>();

  /**
   * {@code name} is the local name in the WordprocessingML namespace, e.g. {@code "pPr"};
   * {@code attributes} are the element's own, as name/value pairs.
   */
  Props(String name, String... attributes) {
    this.name = name;
    this.attributes = attributes;
  }

  /** Adds an empty child element with attributes as name/value pairs. */
  Props add(String child, String... attributes) {
    children.add(new Child(child, attributes, null));
    return this;
  }

  /** Adds a nested property element (its own children are ordered by its own sequence). */
  Props add(Props nested) {
    children.add(new Child(nested.name, new String[0], nested));
    return this;
  }

  boolean isEmpty() {
    return children.isEmpty();
  }

  /** Writes the element with its children in schema order. */
  void write(Xml xml) {
    List<String> sequence = SchemaOrder.SEQUENCES.get(name);
    List<Child> sorted = children;
    if (sequence != null) {
      sorted = new ArrayList<>(children);
      sorted.sort(Comparator.comparingInt(c -> SchemaOrder.rank(sequence, c.name())));
    }
    xml.start("w:" + name).attrs(attributes);
    for (Child c : sorted) {
      if (c.nested() != null) {
        c.nested().write(xml);
      } else {
        xml.leaf("w:" + c.name(), c.attributes());
      }
    }
    xml.end();
  }
}
