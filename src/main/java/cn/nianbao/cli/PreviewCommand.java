package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.Outcome;
import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.validate.Findings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao preview <data-file> -o <dir>}: writes {@code <name>.html}, a quick preview for
 * editing. Unlike {@code render} it also writes when the numbers do not reconcile — as a draft —
 * and exits 1 then. It reads no fonts and builds no DOCX or PDF, so it takes well under a second.
 */
@Command(
    name = "preview",
    versionProvider = Version.class,
    description = {
      "把报告数据文件生成为 HTML 预览（<目录>/<文件名>.html），用浏览器打开即可查看：分页、断行与 PDF 完全相同。",
      "只生成预览，不生成 DOCX 和 PDF。生成前同样核对数字（同 check 命令），问题显示在标准错误输出；",
      "有错误时仍生成预览，但标为“草稿”，退出码为 1。数据文件无法读取或内容有误时不写出任何文件。"
    },
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao preview qingshuihe-2021.yaml -o 预览",
      "      生成 预览/qingshuihe-2021.html，用浏览器打开"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      "0:已生成预览，数字核对无错误（可能有警告）",
      "1:已生成预览，但数字核对发现错误，预览标为“草稿”",
      ExitCodes.BAD_INPUT_HELP,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class PreviewCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "<数据文件>", description = "报告数据文件")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "<目录>", defaultValue = ".",
      description = "输出目录，不存在时自动创建（默认：当前目录）")
  Path outputDir;

  @Option(names = "--previous", paramLabel = "<文件>",
      description = "上年报告数据文件（默认：按文件名约定自动查找，找不到则跳过跨年度检查）")
  Path previous;

  @Option(names = "--no-previous",
      description = "不对照上年数据，跳过跨年度检查（C5–C7），输出中会注明")
  boolean noPrevious;

  @Mixin HelpOptions helpOptions;

  /** The PDF's fonts: the preview sets its pages with the same metrics. */
  @Mixin FontOptions fontOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (previous != null && noPrevious) {
      throw new ParameterException(spec.commandLine(), "--previous 和 --no-previous 不能同用");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String file = input.getFileName().toString();
    Nianbao nianbao = Nianbao.withFonts(fontOptions.fontSet(spec));
    Nianbao.Loaded loaded = nianbao.load(input);
    if (!loaded.ok()) {
      FindingsOutput.lines(err, loaded.diagnostics());
      err.println(file + ": 共 " + loaded.diagnostics().size() + " 处问题，未生成预览。");
      return ExitCodes.of(Outcome.BAD_INPUT);
    }
    try {
      OutputFiles.recoverBeside(input, out);
      Report report = loaded.report();
      PreviousYear last = noPrevious ? PreviousYear.skipped() : PreviousYear.find(nianbao, input, report, previous);
      out.println(last.note());
      Findings findings = nianbao.check(report, last.report());
      findings.notes().forEach(out::println);
      FindingsOutput.text(err, file, findings);
      // Errors are normal while editing: show them, and mark the preview instead of refusing it.
      Document document = nianbao.document(report, findings.hasErrors());
      byte[] html = nianbao.html(document);
      String name = OutputFiles.baseName(input) + ".html";
      for (Path written : OutputFiles.writeAll(outputDir, Map.of(name, html), out)) {
        out.println("已生成 " + written);
      }
      if (findings.hasErrors()) {
        err.println(FindingsOutput.counts(file, findings) + "，预览已标为“草稿”。");
        return ExitCodes.of(Outcome.CHECK_FAILED);
      }
      return ExitCodes.of(Outcome.OK);
    } catch (PreviousYear.Unusable e) {
      e.lines().forEach(err::println);
      err.println(file + ": 未生成预览。");
      return ExitCodes.of(Outcome.BAD_INPUT);
    } catch (IOException e) {
      err.println(input + ": 无法写出文件：" + e.getMessage() + "。未生成预览。");
      return ExitCodes.of(Outcome.BAD_INPUT);
    }
  }
}
