package cn.nianbao.cli;

import cn.nianbao.binder.BindingException;
import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import cn.nianbao.starter.StarterFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao new <file> --机关 … --年度 … [--from <last-year-file>]}: writes a starter data file. */
@Command(
    name = "new",
    versionProvider = Version.class,
    description = {
      "新建一个报告数据文件：列出该年度格式的全部章节和表格的每一行、每一列，注明官方名称，数字留空待填。",
      "用 --from 指定上年的数据文件时，沿用上年的机关、引言、落款署名，并按上年数字填好“上年结转”等可推算的格子。"
    },
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao new 寒葱沟镇-2024.yaml --机关 寒葱沟镇人民政府 --年度 2024",
      "  nianbao new 寒葱沟镇-2024.yaml --from 寒葱沟镇-2023.yaml",
      "      沿用 2023 年度报告中每年不变的内容和可推算的数字"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      "0:已生成",
      ExitCodes.BAD_INPUT_HELP,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class NewCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "<数据文件>", description = "要新建的数据文件，例如 寒葱沟镇-2024.yaml")
  Path file;

  @Option(names = {"--机关", "--organization"}, paramLabel = "<机关全称>",
      description = "机关全称，例如 寒葱沟镇人民政府（用 --from 时默认取上年的）")
  String organization;

  @Option(names = {"--年度", "--year"}, paramLabel = "<年度>",
      description = "报告年度，例如 2024（用 --from 时默认为上年加一）")
  Integer year;

  @Option(names = {"--from", "--上年"}, paramLabel = "<上年数据文件>",
      description = "上年的报告数据文件：沿用其中每年不变的内容和可推算的数字")
  Path from;

  @Option(names = {"--force", "--覆盖"}, description = "文件已存在时覆盖它（默认：不覆盖）")
  boolean force;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Report previous = null;
    if (from != null) {
      try {
        previous = ReportBinder.bind(from);
      } catch (BindingException e) {
        e.diagnostics().forEach(err::println);
        err.println(from.getFileName() + ": 上年数据有 " + e.diagnostics().size() + " 处问题，未生成 " + file.getFileName() + "。");
        return ExitCodes.BAD_INPUT;
      } catch (IOException e) {
        err.println(from + ": 无法读取上年数据：" + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    int reportYear = reportYear(previous);
    String body = organization != null ? organization.strip() : previous == null ? null : previous.organization();
    if (body == null || body.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "请用 --机关 给出机关全称，例如 --机关 寒葱沟镇人民政府");
    }
    if (!DataFileOutput.mayWrite(file, force, err)) {
      return ExitCodes.BAD_INPUT;
    }
    StarterFile.Starter starter = StarterFile.write(
        new StarterFile.Request(body, reportYear, previous, SchemaLocation.forFile(file, reportYear)));
    if (!DataFileOutput.write(file, starter.text(), out, err)) {
      return ExitCodes.BAD_INPUT;
    }
    out.println("已生成 " + file + "（" + reportYear + "年度，" + FormatVersion.forYear(reportYear).label() + "）");
    if (previous != null) {
      out.println("沿用 " + from.getFileName() + "（" + previous.year() + "年度）：");
      starter.carried().forEach(c -> out.println("  - " + c));
      if (!starter.notCarried().isEmpty()) {
        out.println("未沿用：");
        starter.notCarried().forEach(c -> out.println("  - " + c));
      }
    }
    out.println("下一步：填写文件中空着的内容，随时用 nianbao check " + file + " 查看还缺什么。");
    return ExitCodes.OK;
  }

  private int reportYear(Report previous) {
    if (previous != null && year != null && year != previous.year() + 1) {
      throw new ParameterException(spec.commandLine(), "--from 给出的是" + previous.year() + "年度的数据，本年应为"
          + (previous.year() + 1) + "年度，而 --年度 为 " + year);
    }
    int y = year != null ? year : previous != null ? previous.year() + 1 : 0;
    if (year == null && previous == null) {
      throw new ParameterException(spec.commandLine(), "请用 --年度 给出报告年度，例如 --年度 2024");
    }
    if (y < FormatVersion.FIRST_YEAR || y > 9999) {
      throw new ParameterException(spec.commandLine(), "--年度: 政府信息公开工作年度报告的统一格式自"
          + FormatVersion.FIRST_YEAR + "年度起施行，实际为 " + y);
    }
    return y;
  }
}
