package cn.nianbao.workbench;

import cn.nianbao.diagnostic.Diagnostic;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A snapshot as the page reads it (JSON): its state, the problems and the pages. */
final class SnapshotJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotJson() {}

  static byte[] of(Snapshot snapshot, String dataFileName) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", snapshot.version());
    out.put("sha256", snapshot.sha256());
    out.put("file", dataFileName);
    out.put("bound", snapshot.bound());
    out.put("draft", snapshot.draft());
    out.put("errors", snapshot.problems().stream().filter(Diagnostic::isError).count());
    out.put("notes", snapshot.notes());
    out.put("problems", snapshot.problems().stream().map(d -> problem(d, dataFileName)).toList());
    out.put("derived", List.copyOf(snapshot.derived()));
    out.put("pages", snapshot.pagesHtml());
    try {
      return JSON.writeValueAsBytes(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always make JSON", e);
    }
  }

  /** One line of the problems panel. */
  static Map<String, Object> problem(Diagnostic d, String dataFileName) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("error", d.isError());
    p.put("severity", d.severity().label());
    p.put("code", d.code());
    String prefix = d.severity().label() + " " + d.code() + ": ";
    p.put("message", d.describe().startsWith(prefix) ? d.describe().substring(prefix.length())
        : d.describe());
    p.put("file", d.file());
    p.put("here", d.file().equals(dataFileName));
    p.put("line", d.span() == null ? null : d.span().startLine());
    p.put("column", d.span() == null ? null : d.span().startColumn());
    p.put("cell", d.cell() == null ? null : d.cell().id());
    p.put("label", d.cellLabel());
    return p;
  }
}
