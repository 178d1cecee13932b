package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.Outcome;
import cn.nianbao.document.FontRole;
import cn.nianbao.render.fonts.Coverage;
import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.FontSource;
import cn.nianbao.render.fonts.GlyphReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao fonts [<data-file>]}: which font each role uses, and which characters fall back. */
@Command(
    name = "fonts",
    versionProvider = Version.class,
    description = {
      "显示 PDF 每种文字用途所用的字体：字体名、文件、来源（指定文件夹、系统或内置）和汉字覆盖范围。",
      "给出数据文件时，还列出其中需要后备字体的字和没有任何字体能排的字（及所在位置）。"
    },
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao fonts",
      "      查看 PDF 所用字体",
      "  nianbao fonts qingshuihe-2021.yaml --fonts-dir 字体",
      "      检查数据文件中的字是否都有字体"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      ExitCodes.OK_HELP,
      "2:命令行有误，数据文件无法读取或有误，或有字符没有任何可用字体",
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class FontsCommand implements Callable<Integer> {
  private static final Map<FontRole, String> ROLES = Map.of(
      FontRole.TITLE, "标题", FontRole.BODY, "正文", FontRole.HEADING1, "一级标题",
      FontRole.HEADING2, "二级标题", FontRole.TABLE, "表格", FontRole.PAGE_NUMBER, "页码");

  @Parameters(arity = "0..1", paramLabel = "<数据文件>", description = "报告数据文件（可选）")
  Path input;

  @Mixin FontOptions fontOptions;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    FontSet fonts = fontOptions.fontSet(spec);
    Path folder = fontOptions.folder();
    out.printf("查找顺序：%s系统字体文件夹 → nianbao 内置字体（用时 %.2f 秒）%n",
        folder == null ? "" : "指定的字体文件夹 " + folder + " → ", (System.nanoTime() - start) / 1e9);
    for (FontRole role : FontRole.values()) {
      out.println();
      out.println(ROLES.get(role) + "（官方字体 " + FontSet.officialNames(role).get(0) + "）：");
      if (fonts.primary(role).source() == FontSource.BUNDLED) {
        out.println("  未找到 " + String.join("、", FontSet.officialNames(role)) + "，使用内置替代字体");
      }
      for (Face face : fonts.chain(role)) {
        out.println("  " + (face == fonts.primary(role) ? "使用 " : "后备 ") + describe(face));
      }
      if (fonts.usesLatin(role)) {
        out.println("  西文和数字 " + fonts.latin());
      }
    }
    return input == null ? ExitCodes.of(Outcome.OK) : checkData(out, fonts);
  }

  private static String describe(Face face) {
    Coverage c = Coverage.of(face);
    String gb = c.coversGb2312() ? "覆盖 GB2312 全部 " + c.gb2312All() + " 个汉字"
        : "GB2312 汉字 " + c.gb2312() + "/" + c.gb2312All();
    return face + "：汉字 " + c.ideographs() + " 个，" + gb;
  }

  private int checkData(PrintWriter out, FontSet fonts) {
    PrintWriter err = spec.commandLine().getErr();
    Nianbao nianbao = Nianbao.withFonts(fonts);
    Nianbao.Loaded loaded = nianbao.load(input);
    if (!loaded.ok()) {
      FindingsOutput.lines(err, loaded.diagnostics());
      err.println(input.getFileName() + ": 共 " + loaded.diagnostics().size() + " 处问题。");
      return ExitCodes.of(Outcome.BAD_INPUT);
    }
    GlyphReport report = nianbao.glyphs(nianbao.document(loaded.report()));
    out.println();
    out.println(input.getFileName() + "：");
    if (report.fallbacks().isEmpty() && report.missing().isEmpty()) {
      out.println("  所有字符都在各自用途的字体中。");
    }
    for (GlyphReport.Fallback f : report.fallbacks()) {
      out.println("  后备 " + GlyphReport.describe(f.codePoint()) + " → " + f.face().family()
          + "（" + f.face().source().label() + "）：" + GlyphReport.places(f.places()));
    }
    for (GlyphReport.Missing m : report.missing()) {
      out.println("  缺字 " + GlyphReport.describe(m.codePoint()) + "：" + GlyphReport.places(m.places()));
    }
    if (!report.missing().isEmpty()) {
      err.println(input.getFileName() + ": 有 " + report.missing().size() + " 个字符没有任何可用字体，无法生成 PDF。");
      return ExitCodes.of(Outcome.BAD_INPUT);
    }
    return ExitCodes.of(Outcome.OK);
  }
}
