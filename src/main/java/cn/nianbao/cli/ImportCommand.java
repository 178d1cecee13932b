package cn.nianbao.cli;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.importer.Importer;
import cn.nianbao.importer.NotAReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao import <published-file> [-o <data-file> | --into <data-file>]}: a published report
 * back into a data file, or its table numbers into an existing one.
 */
@Command(
    name = "import",
    versionProvider = Version.class,
    description = {
      "把已发布的年度报告（Word 的 .docx、网页 .html、从网页或 PDF 复制的文本 .txt、有文字层的 .pdf）",
      "或按官方表格填写的 Excel 工作簿（.xlsx，只含表二、表三、表四）转成数据文件，",
      "用 render 可以按官方格式重新生成。章节按官方标题、表格按官方行名和列名识别；放不进去的内容写成注释并列出。"
    },
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao import 寒葱沟镇2020年报告.docx -o hancongou-2020.yaml",
      "  nianbao import 报告网页.html            （写出 报告网页.yaml）",
      "  nianbao import 统计表.xlsx --into 2021.yaml （把表格数字填入已有的数据文件）"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      "0:已生成数据文件（或已填入 --into 的文件），全部内容都已放入",
      "1:已生成数据文件（或已填入），但有内容需要人工核对（列出的各项；新生成的文件中对应内容写成了注释）",
      "2:不是可以读取的年度报告（格式不对、已损坏、扫描件、文件过大或有恶意内容），--into 的数字不能写入（列出原因），或命令行有误：未写出、未改动任何文件",
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "<已发布的报告>", description = "已发布的报告：.docx、.html/.htm、.txt、.pdf，或统计表 .xlsx")
  Path source;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Target target = new Target();

  /** Either a new data file or an existing one to fill: not both. */
  static final class Target {
    @Option(names = {"-o", "--output"}, paramLabel = "<数据文件>",
        description = "要写出的数据文件（默认：与报告同名、扩展名为 .yaml，写在当前文件夹）")
    Path output;

    @Option(names = "--into", paramLabel = "<数据文件>",
        description = {"不新建文件，而是把原文表二、表三、表四中的数字填入这个已有的数据文件：只替换这些数字，",
            "正文、注释和其他内容一字不改；原文中空白的单元格不动数据文件中的原值（不会清空）。与 -o 不能同时使用"})
    Path into;
  }

  @Option(names = {"--force", "--覆盖"}, description = "数据文件已存在时覆盖它（默认：不覆盖）")
  boolean force;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (target.into != null) {
      return IntoDataFile.run(source, target.into, out, err);
    }
    Path output = target.output;
    Path target = output != null ? output : Path.of(OutputFiles.baseName(source) + ".yaml");
    if (!DataFileOutput.mayWrite(target, force, err)) {
      return ExitCodes.BAD_INPUT;
    }
    Importer.Result result;
    try {
      result = Importer.read(source);
    } catch (NotAReport e) {
      err.println(e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (!DataFileOutput.write(target, result.text(), out, err)) {
      return ExitCodes.BAD_INPUT;
    }
    out.println("已生成 " + target + "（" + (result.year() == null ? "年度不明" : result.year() + "年度") + "，"
        + result.version().label() + "）");
    if (result.diagnostics().isEmpty()) {
      out.println("全部内容都已放入。下一步：nianbao check " + target);
      return ExitCodes.OK;
    }
    out.println("以下 " + result.diagnostics().size() + " 项需要人工核对（在数据文件中以 “# 导入：” 注释标出）：");
    for (Diagnostic d : result.diagnostics()) {
      out.println("  " + d.file() + ": " + d.message());
    }
    out.println("核对后运行：nianbao check " + target);
    return ExitCodes.CHECK_FAILED;
  }
}
