package cn.nianbao.document;

/**
 * The document title, set centred in the {@link FontRole#TITLE} role.
 *
 * @param text the title; a {@code '\n'} forces a line break
 */
public record Title(String text) implements Block {
  public Title {
    Text.requireNonBlank(text, "Title text");
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
