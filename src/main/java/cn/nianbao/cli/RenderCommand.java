package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.binder.BindingException;
import cn.nianbao.document.Document;
import cn.nianbao.document.DocumentInfo;
import cn.nianbao.model.Report;
import cn.nianbao.validate.Findings;
import cn.nianbao.render.fonts.GlyphReport;
import cn.nianbao.render.fonts.MissingGlyphsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
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
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao render qingshuihe-2021.yaml -o 输出",
      "      生成 输出/qingshuihe-2021.docx 和 输出/qingshuihe-2021.pdf",
      "  nianbao render qingshuihe-2021.yaml --draft",
      "      数字还没核对完时生成草稿"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      ExitCodes.OK_HELP,
      ExitCodes.CHECK_FAILED_HELP,
      ExitCodes.BAD_INPUT_HELP,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class RenderCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "<数据文件>",
      description = "报告数据文件，可以有多个；也可以是文件夹：生成其中（含子文件夹）全部 .yaml、.yml、.json 数据文件，"
          + "输出到 <目录> 下相同的相对位置")
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

  @Option(names = "--no-previous",
      description = "不对照上年数据，跳过跨年度检查（C5–C7），输出中会注明")
  boolean noPrevious;
  @Mixin FontOptions fontOptions;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<DataFiles.Job> jobs;
    try {
      jobs = DataFiles.expand(inputs, outputDir);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "无法读取文件夹：" + e.getMessage());
    }
    if (jobs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "所给文件夹中没有数据文件（.yaml、.yml、.json）");
    }
    if (previous != null && jobs.size() > 1) {
      throw new ParameterException(spec.commandLine(), "--previous 只能与一个数据文件同用");
    }
    if (previous != null && noPrevious) {
      throw new ParameterException(spec.commandLine(), "--previous 和 --no-previous 不能同用");
    }
    int computing = OrderedJobs.threads(jobs.size());
    // the fonts are looked for and opened on the second core while the first reads the data
    Nianbao pipeline = Nianbao.withFontsFolder(fontOptions.checkedFolder(spec));
    pipeline.prepare();
    Run run = new Run(pipeline, new BoundFiles(pipeline), OutputFiles.forOneCommand(),
        new ManifestBatch(), new Semaphore(computing));
    List<OrderedJobs.Job<Outcome>> work = new ArrayList<>(jobs.size());
    for (int i = 0; i < jobs.size(); i++) {
      DataFiles.Job job = jobs.get(i);
      String progress = jobs.size() > 1 ? "[" + (i + 1) + "/" + jobs.size() + "] " : "";
      work.add((jobOut, jobErr) -> {
        jobOut.println(progress + job.input() + " …");
        jobOut.flush();
        return renderOne(run, job, jobOut, jobErr);
      });
    }
    // every core renders; the output is printed in file order, as one after another would print it
    List<Outcome> outcomes;
    try {
      outcomes = OrderedJobs.run(work, computing == 1 ? 1 : Math.min(jobs.size(), 2 * computing),
          out, spec.commandLine().getErr());
    } finally {
      run.manifests().flush(spec.commandLine().getErr());
    }
    int code = ExitCodes.OK;
    Map<Path, String> failed = new LinkedHashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      code = Math.max(code, outcomes.get(i).code());
      if (outcomes.get(i).failure() != null) {
        failed.put(jobs.get(i).input(), outcomes.get(i).failure());
      }
    }
    if (jobs.size() > 1) {
      summary(out, jobs.size(), failed);
    }
    return code;
  }

  /**
   * What the reports of one command share; each part is safe on any thread. A batch runs twice as
   * many threads as {@code computing} lets make documents at once: while some wait for the disk to
   * take their files, the others keep every core busy.
   */
  private record Run(Nianbao pipeline, BoundFiles bound, OutputFiles outputs,
      ManifestBatch manifests, Semaphore computing) {}

  /** Adds the report to the folder's manifest; failing that is a warning, the pair stands. */
  private static void record(Run run, Path input, Path outputDir, String name,
      Map<String, byte[]> files, boolean draft, PrintWriter err) {
    try {
      Map<String, String> documents = new TreeMap<>();
      files.forEach((file, bytes) -> documents.put(file, Hashes.of(bytes)));
      run.manifests().record(outputDir, name, new Manifest.Entry(
          Manifest.dataFile(outputDir, input), Hashes.of(input), DocumentInfo.generator(), draft,
          documents, Hashes.fonts(run.pipeline().fonts())), err);
    } catch (IOException e) {
      err.println("  警告：未能记录到 " + Manifest.FILE + "（" + e.getMessage()
          + "），verify 将无法核对这份报告");
    }
  }

  /** What became of one data file: its exit code and, when nothing was written, why (one line). */
  private record Outcome(int code, String failure) {
    static final Outcome WRITTEN = new Outcome(ExitCodes.OK, null);
  }

  private static void summary(PrintWriter out, int total, Map<Path, String> failed) {
    out.println("共 " + total + " 个数据文件：已生成 " + (total - failed.size()) + " 个"
        + (failed.isEmpty() ? "。" : "，" + failed.size() + " 个未生成："));
    failed.forEach((file, why) -> out.println("  " + file + ": " + why));
  }

  /** Renders one data file, printing on {@code out} and {@code err}; safe on any thread. */
  private Outcome renderOne(Run run, DataFiles.Job job, PrintWriter out, PrintWriter err) {
    Path input = job.input();
    Path outputDir = job.outputDir();
    long start = System.nanoTime();
    String name = OutputFiles.baseName(input);
    try {
      run.outputs().recoverFolderOf(input, out);
      Made made;
      run.computing().acquireUninterruptibly();
      try {
        made = make(run, input, name, out, err);
      } finally {
        run.computing().release();
      }
      if (made.refused() != null) {
        return made.refused();
      }
      Map<String, byte[]> files = made.files();
      Findings findings = made.findings();
      for (Path written : run.outputs().replace(outputDir, files, out)) {
        out.println("  已生成 " + written);
      }
      record(run, input, outputDir, name, files, draft, err);
      if (draft) {
        out.println("  这是草稿：每页标有“草稿”字样（数字核对 " + findings.errors().size() + " 处错误，"
            + findings.warnings().size() + " 处警告）");
      }
      FallbackNote.print(out, made.glyphs(), input);
      out.printf("  完成，用时 %.1f 秒%n", (System.nanoTime() - start) / 1e9);
      return Outcome.WRITTEN;
    } catch (BindingException e) {
      e.diagnostics().forEach(err::println);
      err.println(input.getFileName() + ": 共 " + e.diagnostics().size() + " 处问题，未生成任何文件。");
      return new Outcome(ExitCodes.BAD_INPUT,
          "数据文件有 " + e.diagnostics().size() + " 处问题，第一处：" + e.diagnostics().get(0));
    } catch (PreviousYear.Unusable e) {
      e.lines().forEach(err::println);
      err.println(input.getFileName() + ": 未生成任何文件。");
      return new Outcome(ExitCodes.BAD_INPUT, "上年数据不能使用：" + e.lines().get(e.lines().size() - 1));
    } catch (MissingGlyphsException e) { // the PDF is made before anything is written
      e.missing().forEach(m -> err.println(m.diagnostic(input.getFileName().toString())));
      err.println(input.getFileName() + ": 有 " + e.missing().size() + " 个字符无法排版，未生成任何文件。");
      return new Outcome(ExitCodes.BAD_INPUT, "有 " + e.missing().size() + " 个字符在所有字体中都没有字形");
    } catch (WriteFailed e) {
      err.println(input.getFileName() + ": " + e.getMessage() + "。未写出任何文件，原有文件保持不变。");
      return new Outcome(ExitCodes.BAD_INPUT, e.getMessage());
    } catch (IOException e) {
      err.println(input + ": 无法读取或写出文件：" + e.getMessage() + "。未生成任何文件。");
      return new Outcome(ExitCodes.BAD_INPUT, "无法读取或写出文件：" + e.getMessage());
    }
  }

  /** The documents of one report, or why there are none (checked numbers with errors). */
  private record Made(Map<String, byte[]> files, Findings findings, GlyphReport glyphs,
      Outcome refused) {}

  /** Loads, checks and makes the documents of one data file in memory: the part that computes. */
  private Made make(Run run, Path input, String name, PrintWriter out, PrintWriter err)
      throws IOException, PreviousYear.Unusable {
    Nianbao pipeline = run.pipeline();
    Nianbao.Loaded loaded = run.bound().load(input);
    if (!loaded.ok()) {
      throw new BindingException(loaded.diagnostics());
    }
    Report report = loaded.report();
    PreviousYear last = noPrevious ? PreviousYear.skipped()
        : PreviousYear.find(pipeline, run.bound()::load, input, report, previous);
    out.println("  " + last.note());
    Findings findings = pipeline.check(report, last.report());
    findings.notes().forEach(n -> out.println("  " + n));
    FindingsOutput.text(err, input.getFileName().toString(), findings);
    if (findings.hasErrors() && !draft) {
      err.println(FindingsOutput.counts(input.getFileName().toString(), findings)
          + "，未生成任何文件（改正后重新生成，或用 --draft 生成草稿）。");
      return new Made(null, findings, null,
          new Outcome(ExitCodes.CHECK_FAILED, "数字核对有 " + findings.errors().size() + " 处错误"));
    }
    Document document = pipeline.document(report, draft);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(name + ".docx", pipeline.docx(document));
    files.put(name + ".pdf", pipeline.pdf(document));
    return new Made(files, findings, pipeline.glyphs(document), null);
  }
}
