package cn.nianbao.document;

import java.util.Objects;

/**
 * The document title, set centred in the {@link FontRole#TITLE} role.
 *
 * @param text   the title; a {@code '\n'} forces a line break
 * @param origin the data value the title was made from: 标题, or 机关 when the title is derived
 *     from the organization's name and the year; {@link Origin#NONE} for a title made in code
 */
public record Title(String text, Origin origin) implements Block {
  public Title {
    Text.requireNonBlank(text, "Title text");
    Objects.requireNonNull(origin, "origin");
  }

  /** A title of fixed wording. */
  public Title(String text) {
    this(text, Origin.NONE);
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
