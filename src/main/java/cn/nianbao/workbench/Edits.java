package cn.nianbao.workbench;

import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Diagnostic;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value typed into a table cell on the page, written into the data file. The page sends the
 * file's SHA-256 it was made from, the cell and the text; the file is written only when it is
 * still that file and the value is one the binder accepts. Derived totals are not editable.
 */
final class Edits {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes one cell's value into the data file by its span. */
  interface CellWriter {
    /**
     * Writes {@code value} into {@code cell} of {@code file} if the file's SHA-256 is still
     * {@code expectedSha256}; returns the new SHA-256.
     *
     * @throws Refused with the reason (in Chinese) when nothing was written
     */
    String write(Path file, String expectedSha256, CellAddress cell, String value)
        throws Refused, IOException;
  }

  /** An edit not made, with the messages to show (the binder's own for a rejected value). */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    Refused(String message, List<Diagnostic> diagnostics) {
      super(message);
      this.diagnostics = List.copyOf(diagnostics);
    }

    List<Diagnostic> diagnostics() {
      return diagnostics;
    }
  }

  /** The HTTP status and JSON body of an answer to the page. */
  record Answer(int status, byte[] json) {}

  private final Workbench bench;
  private final CellWriter writer;

  Edits(Workbench bench, CellWriter writer) {
    this.bench = bench;
    this.writer = writer;
  }

  /** Applies an edit the page sent ({@code {"sha256":…, "cell":…, "value":…}}). */
  Answer apply(byte[] body) throws IOException {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException e) {
      return refused(400, "修改请求无法读取。", List.of());
    }
    String sha = request.path("sha256").asText("");
    String value = request.path("value").asText("").strip();
    Optional<CellAddress> cell = CellIds.parse(request.path("cell").asText(""));
    if (cell.isEmpty()) {
      return refused(400, "修改请求没有指明表格单元格。", List.of());
    }
    Snapshot shown = bench.snapshot();
    if (!shown.bound()) {
      return refused(409, "数据文件现在有错误，无法在页面上修改；请先在编辑器中改正。", List.of());
    }
    if (shown.derived().contains(cell.get().id())) {
      return refused(409, "这一格是合计，由 nianbao 根据其他各格计算，不能直接修改。", List.of());
    }
    try {
      String newSha = writer.write(bench.dataFile(), sha, cell.get(), value);
      Snapshot now = bench.refreshNow();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("ok", true);
      out.put("sha256", newSha);
      out.put("version", now.version());
      return new Answer(200, JSON.writeValueAsBytes(out));
    } catch (Refused e) {
      bench.refreshNow(); // a stale page shows the file as it is now
      return refused(409, e.getMessage(), e.diagnostics());
    }
  }

  private Answer refused(int status, String message, List<Diagnostic> diagnostics)
      throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ok", false);
    out.put("message", message);
    out.put("problems", diagnostics.stream()
        .map(d -> SnapshotJson.problem(d, bench.dataFile().getFileName().toString())).toList());
    return new Answer(status, JSON.writeValueAsBytes(out));
  }
}
