package cn.nianbao.cli;

import cn.nianbao.binder.BindingException;
import cn.nianbao.binder.Problem;
import cn.nianbao.document.Document;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao render <data-file>... -o <dir>}: writes {@code <name>.docx} and {@code <name>.pdf}. */
@Command(
    name = "render",
    versionProvider = Version.class,
    description = {
      "把报告数据文件（YAML 或 JSON）生成为 DOCX 和 PDF。",
      "每个数据文件生成 <目录>/<文件名>.docx 和 <目录>/<文件名>.pdf；数据有误时不写出任何文件。"
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

  @Mixin FontOptions fontOptions;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
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
    String name = baseName(input);
    try {
      Document document = pipeline.document(input);
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put(name + ".docx", pipeline.docx(document));
      files.put(name + ".pdf", pipeline.pdf(document));
      for (Path written : OutputFiles.writeAll(outputDir, files)) {
        out.println("  已生成 " + written);
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
    } catch (MissingGlyphsException e) {
      err.println(input.getFileName() + ": " + e.getMessage());
      err.println(input.getFileName() + ": 有 " + e.missing().size() + " 个字符无法排版，未生成任何文件。");
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println(input + ": 无法读取或写出文件：" + e.getMessage() + "。未生成任何文件。");
      return ExitCodes.BAD_INPUT;
    }
  }

  private static String baseName(Path input) {
    String file = input.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
