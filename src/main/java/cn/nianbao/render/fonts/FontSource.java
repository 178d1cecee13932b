package cn.nianbao.render.fonts;

/** Where a font was found, in the order they are searched. */
public enum FontSource {
  /** The folder given with {@code --fonts-dir} or {@code NIANBAO_FONTS_DIR}. */
  CONFIGURED("指定的字体文件夹"),
  /** The operating system's font folders. */
  SYSTEM("系统字体"),
  /** The free fonts shipped inside nianbao ({@code fonts/}). */
  BUNDLED("nianbao 内置");

  private final String label;

  FontSource(String label) {
    this.label = label;
  }

  /** How the source is named to users. */
  public String label() {
    return label;
  }
}
