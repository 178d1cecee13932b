package cn.nianbao.document;

import java.util.Objects;

/**
 * The closing block (落款): the issuing body's name and the date, placed per GB/T 9704 §7.3.5.2.
 *
 * @param signature       发文机关署名
 * @param date            成文日期, already written out (e.g. {@code 2021年1月20日})
 * @param signatureOrigin where the signature stood in the data file ({@code 落款/署名})
 * @param dateOrigin      where the date stood in the data file ({@code 落款/日期})
 */
public record Closing(String signature, String date, Origin signatureOrigin, Origin dateOrigin)
    implements Block {
  public Closing {
    Text.requireNonBlank(signature, "Closing signature");
    Text.requireNonBlank(date, "Closing date");
    Objects.requireNonNull(signatureOrigin, "signatureOrigin");
    Objects.requireNonNull(dateOrigin, "dateOrigin");
  }

  /** A closing block of fixed wording. */
  public Closing(String signature, String date) {
    this(signature, date, Origin.NONE, Origin.NONE);
  }

  @Override
  public void accept(BlockVisitor visitor) {
    visitor.visit(this);
  }
}
