package cn.nianbao.document;

import java.util.List;

/**
 * A body paragraph with a first-line indent of two characters. Its runs let a run-in heading
 * (e.g. {@code （一）加强领导。} in {@link FontRole#HEADING2}) start the paragraph.
 */
public record Paragraph(List<Run> runs) implements Block {
  public Paragraph {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("Paragraph must have at least one run");
    }
  }

  /** A paragraph of plain body text. */
  public static Paragraph of(String text) {
    return new Paragraph(List.of(new Run(text, FontRole.BODY)));
  }

  /** The paragraph's text without styling. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    runs.forEach(r -> sb.append(r.text()));
    return sb.toString();
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
