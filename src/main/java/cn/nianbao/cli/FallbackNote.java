package cn.nianbao.cli;

import cn.nianbao.render.fonts.GlyphReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The one-line note after a render that some characters came from a fallback font. */
final class FallbackNote {
  private FallbackNote() {}

  static void print(PrintWriter out, GlyphReport glyphs, Path input) {
    if (glyphs.fallbacks().isEmpty()) {
      return;
    }
    String chars = glyphs.fallbacks().stream()
        .map(f -> Character.toString(f.codePoint())).distinct().collect(Collectors.joining());
    out.println("  注：" + chars + " 不在该角色的字体中，已用后备字体排版（详见 nianbao fonts " + input + "）");
  }
}
