package cn.nianbao.cli;

import cn.nianbao.Nianbao;
import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.edit.CellEdit;
import cn.nianbao.edit.DataFileEditor;
import cn.nianbao.edit.EditRefused;
import cn.nianbao.importer.Importer;
import cn.nianbao.importer.NotAReport;
import cn.nianbao.model.CellRef;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code import --into}: the table numbers of a source set into an existing data file through
 * {@link DataFileEditor} in one write, so that its narrative and every other byte stay. A cell the
 * source leaves blank is not touched.
 */
final class IntoDataFile {
  private IntoDataFile() {}

  static int run(Path source, Path dataFile, PrintWriter out, PrintWriter err) {
    if (!Files.isRegularFile(dataFile)) {
      err.println(dataFile + ": 数据文件不存在，未导入（--into 填入已有的数据文件；要新建请用 -o）。");
      return ExitCodes.BAD_INPUT;
    }
    String sha;
    try {
      sha = DataFileEditor.sha256(Files.readAllBytes(dataFile));
    } catch (java.io.IOException e) {
      err.println(dataFile + ": 无法读取数据文件：" + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Nianbao.Loaded loaded = Nianbao.create().load(dataFile);
    if (loaded.report() == null) {
      err.println(dataFile + ": 数据文件有错误，先改正再导入（未改动）：");
      loaded.diagnostics().forEach(d -> err.println("  " + d));
      return ExitCodes.BAD_INPUT;
    }
    Importer.Tables tables;
    try {
      tables = Importer.readTables(source, loaded.report().format());
    } catch (NotAReport e) {
      err.println(e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    List<CellEdit> edits = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    tables.values().forEach((table, cells) -> {
      cells.forEach((CellRef ref, String value) ->
          edits.add(new CellEdit(new CellAddress(table, ref.row(), ref.column()), value)));
      counts.put(table, cells.size());
    });
    try {
      DataFileEditor.write(dataFile, sha, edits); // the file as bound above, not one changed since
    } catch (EditRefused e) {
      err.println(dataFile + ": 原文中的数字不能填入，数据文件未改动：");
      e.diagnostics().forEach(d -> err.println("  " + d));
      return ExitCodes.BAD_INPUT;
    }
    StringBuilder placed = new StringBuilder();
    counts.forEach((table, n) -> placed.append(placed.isEmpty() ? "" : "，").append(table).append(" ").append(n).append(" 格"));
    out.println("已把 " + source.getFileName() + " 中的 " + edits.size() + " 个数字填入 " + dataFile + "（" + placed
        + "；原文中空白的格保留数据文件中的原值）");
    if (tables.diagnostics().isEmpty()) {
      out.println("全部内容都已放入。下一步：nianbao check " + dataFile);
      return ExitCodes.OK;
    }
    out.println("以下 " + tables.diagnostics().size() + " 项需要人工核对（行名不同而已按官方行名放入的，和没有放入的）：");
    for (Diagnostic d : tables.diagnostics()) {
      out.println("  " + d.file() + ": " + d.message());
    }
    out.println("核对后运行：nianbao check " + dataFile);
    return ExitCodes.CHECK_FAILED;
  }
}
