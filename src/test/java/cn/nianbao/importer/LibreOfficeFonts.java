package cn.nianbao.importer;

import cn.nianbao.document.FontRole;
import cn.nianbao.spec.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fontconfig configuration that gives the tests' soffice our bundled fonts, for that process
 * only (through {@code FONTCONFIG_FILE}): the system configuration's rules, the project's
 * {@code fonts/} folder as the only fonts (every installed font rejected, so that the result is
 * the same on every machine), and rules that turn the official font names our DOCX declares
 * (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体, Times New Roman, taken from {@link Spec}) into
 * the families of their bundled stand-ins. Without it a machine with no Chinese font (CI's) makes
 * LibreOffice draw every Chinese character as a box; nothing is installed on the machine.
 *
 * <p>LibreOffice picks a face by family and weight only, and FandolSong Bold declares the regular
 * weight, so the title comes out in FandolSong Regular: the text, not the face, is what the
 * round trip compares.
 */
final class LibreOfficeFonts {
  private static final Path FONTS = Path.of("fonts").toAbsolutePath();

  private LibreOfficeFonts() {}

  /** Each official name the DOCX may declare → the bundled font file standing in for it. */
  static Map<String, Path> standIns() {
    Map<String, Path> out = new LinkedHashMap<>();
    for (FontRole role : FontRole.values()) {
      Spec.officialNames(role).forEach(n -> out.putIfAbsent(n, FONTS.resolve(Spec.standIn(role))));
    }
    Spec.LATIN_NAMES.forEach(n -> out.put(n, FONTS.resolve(Spec.LATIN_STAND_IN)));
    return out;
  }

  /**
   * Writes {@code fonts.conf} (and its cache folder) into {@code dir} and returns it, after
   * checking with {@code fc-match} that every official name resolves to its stand-in's file.
   */
  static Path config(Path dir) throws IOException, InterruptedException {
    return write(dir, standIns(), "*");
  }

  /**
   * Like {@link #config}, with Liberation Serif as the only font: LibreOffice on a machine with no
   * Chinese font, which draws every Chinese character as the missing-glyph box.
   */
  static Path latinOnly(Path dir) throws IOException, InterruptedException {
    Map<String, Path> latin = new LinkedHashMap<>();
    Spec.LATIN_NAMES.forEach(n -> latin.put(n, FONTS.resolve(Spec.LATIN_STAND_IN)));
    return write(dir, latin, Spec.LATIN_STAND_IN);
  }

  private static Path write(Path dir, Map<String, Path> standIns, String accept)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path conf = dir.resolve("fonts.conf");
    Files.writeString(conf, text(dir.resolve("fontconfig-cache"), standIns, accept), StandardCharsets.UTF_8);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Path> e : standIns.entrySet()) {
      String file = run(conf, "fc-match", "--format=%{file}", pattern(e.getKey()) + ":lang=zh-cn");
      if (!Path.of(file).equals(e.getValue())) {
        wrong.add(e.getKey() + " → " + file + "（应为 " + e.getValue().getFileName() + "）");
      }
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError("fontconfig 没有把正式字体名换成随附字体：" + wrong);
    }
    return conf;
  }

  /** The configuration: system rules, only the files of {@code fonts/} matching {@code accept}, the aliases. */
  private static String text(Path cache, Map<String, Path> standIns, String accept)
      throws IOException, InterruptedException {
    StringBuilder out = new StringBuilder("""
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
        """);
    // first, so that fontconfig writes its cache of fonts/ here, not into the user's home
    out.append("  <cachedir>").append(xml(cache.toAbsolutePath().toString())).append("</cachedir>\n");
    out.append("  <include ignore_missing=\"yes\">").append(xml(systemConfig())).append("</include>\n");
    out.append("  <dir>").append(xml(FONTS.toString())).append("</dir>\n");
    out.append("  <selectfont>\n    <acceptfont><glob>").append(xml(FONTS.resolve(accept).toString()))
        .append("</glob></acceptfont>\n    <rejectfont><glob>*</glob></rejectfont>\n  </selectfont>\n");
    Map<Path, String[]> faces = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : standIns.entrySet()) {
      if (!faces.containsKey(e.getValue())) {
        faces.put(e.getValue(), run(null, "fc-scan", "--format=%{family[0]}\n%{style[0]}", e.getValue().toString()).split("\n"));
      }
      String[] face = faces.get(e.getValue());
      out.append("  <match target=\"pattern\">\n")
          .append("    <test name=\"family\"><string>").append(xml(e.getKey())).append("</string></test>\n")
          .append(edit("family", face[0])).append(edit("style", face[1]))
          .append("  </match>\n");
    }
    return out.append("</fontconfig>\n").toString();
  }

  /** A family name in fontconfig's pattern syntax, where {@code -} would start a size. */
  private static String pattern(String family) {
    return family.replaceAll("([\\\\:,-])", "\\\\$1");
  }

  private static String edit(String property, String value) {
    return "    <edit name=\"" + property + "\" mode=\"assign\" binding=\"strong\"><string>" + xml(value)
        + "</string></edit>\n";
  }

  /** The configuration fontconfig reads when not told otherwise. */
  private static String systemConfig() {
    String own = System.getenv("FONTCONFIG_FILE");
    return own != null && !own.isBlank() ? own : "/etc/fonts/fonts.conf";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Runs a fontconfig tool (with {@code conf} as its configuration when given) and returns its output. */
  private static String run(Path conf, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (conf != null) {
      pb.environment().put("FONTCONFIG_FILE", conf.toString());
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new AssertionError(command[0] + " 未安装：LibreOffice 的往返测试需要 fontconfig。运行 ./test 会自动安装。", e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " 失败：" + out);
    }
    return out;
  }
}
