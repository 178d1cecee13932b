package cn.nianbao.document;

import java.util.List;
import java.util.Objects;

/**
 * A body paragraph with a first-line indent of two characters. Its runs let a run-in heading
 * (e.g. {@code （一）加强领导。} in {@link FontRole#HEADING2}) start the paragraph.
 */
public record Paragraph(List<Run> runs, Origin origin) implements Block {
  public Paragraph {
    runs = List.copyOf(runs);
    Objects.requireNonNull(origin, "origin");
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("Paragraph must have at least one run");
    }
  }

  /** A paragraph of fixed wording. */
  public Paragraph(List<Run> runs) {
    this(runs, Origin.NONE);
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
