package cn.nianbao.cli;

import cn.nianbao.validate.Finding;
import cn.nianbao.validate.Findings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the checker's findings: one line each (errors first), or one JSON object. */
final class FindingsOutput {
  private FindingsOutput() {}

  /** Each finding on its own line, {@code file:line:column: 错误 C1: …}; {@code file: …} when it has no cell. */
  static void text(PrintWriter out, String file, Findings findings) {
    for (Finding f : findings.findings()) {
      out.println(f.where() == null ? file + ": " + f.describe() : f.toString());
    }
  }

  /** {@code file: N 处错误，M 处警告} (no full stop: callers finish the sentence). */
  static String counts(String file, Findings findings) {
    return file + ": " + findings.errors().size() + " 处错误，" + findings.warnings().size() + " 处警告";
  }

  /** The findings as one JSON object, for other tools (see README). */
  static String json(String file, String previous, List<String> notes, Findings findings) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", file);
    root.put("previous", previous);
    root.put("errors", findings.errors().size());
    root.put("warnings", findings.warnings().size());
    root.put("notes", notes);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Finding f : findings.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("rule", f.rule());
      item.put("severity", f.severity().name().toLowerCase());
      item.put("file", f.where() == null ? file : f.where().file());
      item.put("line", f.where() == null ? null : f.where().line());
      item.put("column", f.where() == null ? null : f.where().column());
      item.put("message", f.message());
      items.add(item);
    }
    root.put("findings", items);
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // maps of strings and numbers always serialise
    }
  }
}
