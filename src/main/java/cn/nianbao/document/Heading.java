package cn.nianbao.document;

/**
 * A heading standing on its own line. Level 1 ({@code 一、}) is set in {@link FontRole#HEADING1},
 * level 2 ({@code （一）}) in {@link FontRole#HEADING2}.
 */
public record Heading(int level, String text) implements Block {
  public Heading {
    if (level < 1 || level > 2) {
      throw new IllegalArgumentException("Heading level " + level + " must be 1 or 2");
    }
    Text.requireNonBlank(text, "Heading text");
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }

  /** The font role this heading is set in. */
  public FontRole role() {
    return level == 1 ? FontRole.HEADING1 : FontRole.HEADING2;
  }
}
