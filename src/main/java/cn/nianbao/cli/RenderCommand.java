package cn.nianbao.cli;

import cn.nianbao.binder.BindingException;
import cn.nianbao.binder.Problem;
import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.validate.Checker;
import cn.nianbao.validate.Findings;
import cn.nianbao.render.fonts.MissingGlyphsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao render <data-file>... -o <dir>}: writes {@code <name>.docx} and {@code <name>.pdf}. */
@Command(
    name = "render",
    versionProvider = Version.class,
    description = {
      "把报告数据文件（YAML 或 JSON）生成为 DOCX 和 PDF。",
      "每个数据文件生成 <目录>/<文件名>.docx 和 <目录>/<文件名>.pdf；数据有误时不写出任何文件。",
      "生成前先核对数字（同 check 命令）：有错误时不生成正式报告，可用 --draft 生成每页标有“草稿”的草稿。"
    },
    exitCodeListHeading = "%n退出码:%n",
    exitCodeList = {
      ExitCodes.OK_HELP,
      ExitCodes.CHECK_FAILED_HELP,
      ExitCodes.BAD_INPUT_HELP,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class RenderCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "<数据文件>", description = "报告数据文件，可以有多个")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "<目录>", defaultValue = ".",
      description = "输出目录，不存在时自动创建（默认：当前目录）")
  Path outputDir;

  @Option(names = "--draft",
      description = "生成草稿：数字核对有错误也生成，每页标有“草稿”字样（默认：只生成核对无误的正式报告）")
  boolean draft;

  @Option(names = "--previous", paramLabel = "<文件>",
      description = "上年报告数据文件，只能与一个数据文件同用（默认：按文件名约定自动查找）")
  Path previous;
  @Mixin FontOptions fontOptions;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (previous != null && inputs.size() > 1) {
      throw new ParameterException(spec.commandLine(), "--previous 只能与一个数据文件同用");
    }
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = new Pipeline(fontOptions.fontSet(spec));
    int code = ExitCodes.OK;
    for (int i = 0; i < inputs.size(); i++) {
      Path input = inputs.get(i);
      String progress = inputs.size() > 1 ? "[" + (i + 1) + "/" + inputs.size() + "] " : "";
      out.println(progress + input + " …");
      out.flush();
      code = Math.max(code, renderOne(pipeline, input));
    }
    return code;
  }

  private int renderOne(Pipeline pipeline, Path input) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    String name = OutputFiles.baseName(input);
    try {
      Report report = pipeline.report(input);
      PreviousYear last = PreviousYear.find(input, report, previous);
      out.println("  " + last.note());
      Findings findings = Checker.check(report, last.report(), input.getFileName().toString());
      findings.notes().forEach(n -> out.println("  " + n));
      FindingsOutput.text(err, input.getFileName().toString(), findings);
      if (findings.hasErrors() && !draft) {
        err.println(FindingsOutput.counts(input.getFileName().toString(), findings)
            + "，未生成任何文件（改正后重新生成，或用 --draft 生成草稿）。");
        return ExitCodes.CHECK_FAILED;
      }
      Document document = pipeline.document(report, draft);
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put(name + ".docx", pipeline.docx(document));
      files.put(name + ".pdf", pipeline.pdf(document));
      for (Path written : OutputFiles.writeAll(outputDir, files)) {
        out.println("  已生成 " + written);
      }
      if (draft) {
        out.println("  这是草稿：每页标有“草稿”字样（数字核对 " + findings.errors().size() + " 处错误，"
            + findings.warnings().size() + " 处警告）");
      }
      FallbackNote.print(out, pipeline.glyphs(document), input);
      out.printf("  完成，用时 %.1f 秒%n", (System.nanoTime() - start) / 1e9);
      return ExitCodes.OK;
    } catch (BindingException e) {
      for (Problem p : e.problems()) {
        err.println(p);
      }
      err.println(input.getFileName() + ": 共 " + e.problems().size() + " 处问题，未生成任何文件。");
      return ExitCodes.BAD_INPUT;
    } catch (PreviousYear.Unusable e) {
      e.lines().forEach(err::println);
      err.println(input.getFileName() + ": 未生成任何文件。");
      return ExitCodes.BAD_INPUT;
    } catch (MissingGlyphsException e) {
      err.println(input.getFileName() + ": " + e.getMessage());
      err.println(input.getFileName() + ": 有 " + e.missing().size() + " 个字符无法排版，未生成任何文件。");
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println(input + ": 无法读取或写出文件：" + e.getMessage() + "。未生成任何文件。");
      return ExitCodes.BAD_INPUT;
    }
  }
}
