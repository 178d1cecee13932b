package cn.nianbao.document;

final class Text {
  private Text() {}

  static void requireNonBlank(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
