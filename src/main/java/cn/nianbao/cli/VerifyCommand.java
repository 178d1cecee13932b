package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.document.Document;
import cn.nianbao.document.DocumentInfo;
import cn.nianbao.render.fonts.MissingGlyphsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao verify <folder>}: re-renders, in memory, every report recorded in the folder's
 * {@value Manifest#FILE} and says per report whether the archive still holds what was rendered.
 */
@Command(
    name = "verify",
    versionProvider = Version.class,
    description = {
      "核对存档：按文件夹中 " + Manifest.FILE + " 的记录（render 时写入），在内存中重新生成每份报告，",
      "逐份报告说明：一致 / 哪个文件不同 / 数据文件已改动 / 字体与生成时不同 / 文件缺失。不写任何文件。"
    },
    footerHeading = "%n示例：%n",
    footer = {
      "  nianbao verify 输出",
      "      核对 输出 文件夹中 render 生成的全部报告是否仍能原样重新生成"
    },
    exitCodeListHeading = "%n退出码：%n",
    exitCodeList = {
      "0:全部报告一致",
      "1:至少一份报告不一致（文件不同、缺失，数据文件已改动或字体不同）",
      "2:命令行有误，或文件夹中没有 " + Manifest.FILE,
      ExitCodes.INTERNAL_ERROR_HELP
    })
final class VerifyCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "<文件夹>", description = "render 的输出文件夹")
  Path folder;

  @Mixin FontOptions fontOptions;

  @Mixin HelpOptions helpOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Manifest.Entry> entries;
    try {
      OutputFiles.recover(folder, out);
      entries = Manifest.read(folder);
    } catch (IOException e) {
      err.println(folder.resolve(Manifest.FILE) + ": 无法读取：" + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (entries.isEmpty()) {
      err.println(folder + ": 没有 " + Manifest.FILE + "，无从核对（用 render 生成的文件夹才有这份记录）");
      return ExitCodes.BAD_INPUT;
    }
    Nianbao pipeline = Nianbao.withFonts(fontOptions.fontSet(spec));
    Map<String, String> fonts = Hashes.fonts(pipeline.fonts());
    int differing = 0;
    for (Map.Entry<String, Manifest.Entry> e : entries.entrySet()) {
      List<String> findings = verify(pipeline, fonts, e.getValue());
      if (findings.isEmpty()) {
        out.println(e.getKey() + ": 一致（" + String.join("、", e.getValue().documents().keySet())
            + " 与记录相同，重新生成的结果也相同）");
      } else {
        differing++;
        out.println(e.getKey() + ": 不一致");
        findings.forEach(f -> out.println("  " + f));
      }
      if (!e.getValue().version().equals(DocumentInfo.generator())) {
        out.println("  注意：生成时为 " + e.getValue().version() + "，现在是 " + DocumentInfo.generator());
      }
    }
    out.println("共 " + entries.size() + " 份报告：" + (entries.size() - differing) + " 份一致，"
        + differing + " 份不一致。");
    return differing == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  /** What is wrong with one report; empty when the archive is as recorded. */
  private List<String> verify(Nianbao pipeline, Map<String, String> fonts, Manifest.Entry entry) {
    List<String> findings = new ArrayList<>();
    for (Map.Entry<String, String> doc : entry.documents().entrySet()) {
      Path file = folder.resolve(doc.getKey());
      if (!Files.isRegularFile(file)) {
        findings.add("缺少文件 " + file);
      } else if (!doc.getValue().equals(hash(file))) {
        findings.add(file + " 与生成时记录的不同（生成后被改动或替换）");
      }
    }
    if (!entry.fonts().equals(fonts)) {
      findings.add("字体与生成时不同：" + String.join("、", fontChanges(entry.fonts(), fonts)));
    }
    Path data = Manifest.dataPath(folder, entry);
    if (!Files.isRegularFile(data)) {
      findings.add("缺少数据文件 " + data + "，无法重新生成");
      return findings;
    }
    if (!entry.data().equals(hash(data))) {
      findings.add("数据文件 " + data + " 在生成后被改动，无法证明存档由它生成");
      return findings;
    }
    findings.addAll(rerender(pipeline, data, entry));
    return findings;
  }

  private List<String> rerender(Nianbao pipeline, Path data, Manifest.Entry entry) {
    List<String> findings = new ArrayList<>();
    Nianbao.Loaded loaded = pipeline.load(data);
    if (!loaded.ok()) {
      findings.add("数据文件 " + data + " 有 " + loaded.diagnostics().size() + " 处问题，无法重新生成");
      return findings;
    }
    try {
      Document document = pipeline.document(loaded.report(), entry.draft());
      for (String name : entry.documents().keySet()) {
        byte[] bytes = name.endsWith(".pdf") ? pipeline.pdf(document) : pipeline.docx(document);
        if (!entry.documents().get(name).equals(Hashes.of(bytes))) {
          findings.add("重新生成的 " + name + " 与记录的不同");
        }
      }
    } catch (MissingGlyphsException e) {
      findings.add("有 " + e.missing().size() + " 个字符没有字体，无法重新生成");
    }
    return findings;
  }

  /** The font files recorded or used now whose hashes differ, each with what changed. */
  private static List<String> fontChanges(Map<String, String> recorded, Map<String, String> now) {
    List<String> changes = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(recorded.keySet());
    all.addAll(now.keySet());
    for (String font : all) {
      if (!now.containsKey(font)) {
        changes.add(font + "（现在未使用）");
      } else if (!recorded.containsKey(font)) {
        changes.add(font + "（生成时未使用）");
      } else if (!recorded.get(font).equals(now.get(font))) {
        changes.add(font + "（文件内容不同）");
      }
    }
    return changes;
  }

  private static String hash(Path file) {
    try {
      return Hashes.of(file);
    } catch (IOException e) {
      return "";
    }
  }
}
