package cn.nianbao.document;

import java.util.Objects;

/** A stretch of text inside a paragraph, set in one font role. */
public record Run(String text, FontRole role) {
  public Run {
    Text.requireNonBlank(text, "Run text");
    Objects.requireNonNull(role, "role");
  }
}
