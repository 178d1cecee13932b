package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.Outcome;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.model.Report;
import cn.nianbao.validate.Findings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao check <data-file> [--previous <file>] [--format text|json]}: the consistency checks. */
@Command(
    name = "check",
    versionProvider = Version.class,
    description = {
      "核对报告数据文件中的数字（勾稽关系、上下年度衔接），列出全部错误和警告，不生成文件。",
      "上年数据默认取同一目录下、文件名中年度减一的文件（如 qingshuihe-2021.yaml → qingshuihe-2020.yaml）。"
    },
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao check qingshuihe-2021.yaml",
      "      核对数字，自动对照同一目录下的 qingshuihe-2020.yaml",
      "  nianbao check qingshuihe-2021.yaml --format json"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      "0:没有错误（可能有警告）",
      "1:发现错误",
      ExitCodes.BAD_INPUT_HELP,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class CheckCommand implements Callable<Integer> {
  /** Output formats of {@code --format}. */
  enum Format { text, json }

  @Parameters(arity = "1", paramLabel = "<数据文件>", description = "报告数据文件")
  Path input;

  @Option(names = "--previous", paramLabel = "<文件>",
      description = "上年报告数据文件（默认：按文件名约定自动查找，找不到则跳过跨年度检查）")
  Path previous;

  @Option(names = "--no-previous",
      description = "不对照上年数据，跳过跨年度检查（C5–C7），输出中会注明")
  boolean noPrevious;

  @Option(names = "--format", paramLabel = "<格式>", defaultValue = "text",
      description = "输出格式：text 或 json（默认：text）")
  Format format;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (previous != null && noPrevious) {
      throw new ParameterException(spec.commandLine(), "--previous 和 --no-previous 不能同用");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = input.getFileName().toString();
    Nianbao nianbao = Nianbao.create();
    Nianbao.Loaded loaded = nianbao.load(input);
    if (!loaded.ok()) {
      return badData(name, loaded.diagnostics(), List.of());
    }
    Report report = loaded.report();
    PreviousYear last;
    try {
      OutputFiles.recoverBeside(input, err); // err: stdout may be JSON
      last = noPrevious ? PreviousYear.skipped() : PreviousYear.find(nianbao, input, report, previous);
    } catch (PreviousYear.Unusable e) {
      if (format == Format.json) {
        return badData(name, e.diagnostics(), e.lines());
      }
      e.lines().forEach(err::println);
      return ExitCodes.of(Outcome.BAD_INPUT);
    } catch (IOException e) {
      err.println(input + ": 无法读取文件：" + e.getMessage());
      return ExitCodes.of(Outcome.BAD_INPUT);
    }
    Findings findings = nianbao.check(report, last.report());
    List<String> notes = new ArrayList<>(List.of(last.note()));
    notes.addAll(findings.notes());
    if (format == Format.json) {
      out.println(FindingsOutput.json(name, last.file(), notes, findings));
    } else {
      notes.forEach(out::println);
      FindingsOutput.text(out, name, findings);
      out.println(FindingsOutput.counts(name, findings) + "。");
    }
    return ExitCodes.of(findings.hasErrors() ? Outcome.CHECK_FAILED : Outcome.OK);
  }

  /** The data cannot be checked: its binding errors, as lines or in the JSON of the findings. */
  private int badData(String name, List<Diagnostic> diagnostics, List<String> notes) {
    if (format == Format.json) {
      spec.commandLine().getOut().println(FindingsOutput.json(name, null, notes, diagnostics));
    } else {
      PrintWriter err = spec.commandLine().getErr();
      FindingsOutput.lines(err, diagnostics);
      err.println(name + ": 共 " + diagnostics.size() + " 处问题，无法核对。");
    }
    return ExitCodes.of(Outcome.BAD_INPUT);
  }
}
