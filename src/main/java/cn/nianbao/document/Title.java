package cn.nianbao.document;

import java.util.List;

/**
 * The document title, set centred in the {@link FontRole#TITLE} role.
 *
 * @param text the title; a {@code '\n'} forces a line break
 */
public record Title(String text) implements Block {
  /** 二号: the title's size in points (GB/T 9704 §7.3.1). */
  public static final double SIZE_PT = 22;

  public Title {
    Text.requireNonBlank(text, "Title text");
  }

  /**
   * The title's lines on the page: the forced breaks as given, otherwise wrapped into balanced
   * lines of {@value #SIZE_PT} pt characters over the type-area width ({@link TitleLines}).
   */
  public List<String> lines(PageSetup page) {
    double perLine = Math.floor(page.typeAreaWidthMm() / (SIZE_PT * 25.4 / 72));
    return TitleLines.wrap(text, Math.max(1, perLine));
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
