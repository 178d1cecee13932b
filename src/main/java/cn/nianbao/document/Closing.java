package cn.nianbao.document;

/**
 * The closing block (落款): the issuing body's name and the date, placed per GB/T 9704 §7.3.5.2.
 *
 * @param signature 发文机关署名
 * @param date      成文日期, already written out (e.g. {@code 2021年1月20日})
 */
public record Closing(String signature, String date) implements Block {
  public Closing {
    Text.requireNonBlank(signature, "Closing signature");
    Text.requireNonBlank(date, "Closing date");
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
