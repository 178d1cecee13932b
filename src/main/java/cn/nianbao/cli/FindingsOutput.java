package cn.nianbao.cli;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Severity;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.validate.Findings;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints diagnostics: one line each (errors first), or one JSON object in the shape the README gives. */
final class FindingsOutput {
  private FindingsOutput() {}

  /** Each finding on its own line, {@code file:line:column: 错误 C1: …}; {@code file: …} when it has no place. */
  static void text(PrintWriter out, String file, Findings findings) {
    lines(out, findings.findings());
  }

  /** Each diagnostic on its own line. */
  static void lines(PrintWriter out, List<Diagnostic> diagnostics) {
    diagnostics.forEach(out::println);
  }

  /** {@code file: N 处错误，M 处警告} (no full stop: callers finish the sentence). */
  static String counts(String file, Findings findings) {
    return file + ": " + findings.errors().size() + " 处错误，" + findings.warnings().size() + " 处警告";
  }

  /** The checker's findings as one JSON object, for other tools (see README). */
  static String json(String file, String previous, List<String> notes, Findings findings) {
    return json(file, previous, notes, findings.findings());
  }

  /** Diagnostics of any kind (binding errors too) as the same JSON object. */
  static String json(String file, String previous, List<String> notes, List<Diagnostic> diagnostics) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", file);
    root.put("previous", previous);
    root.put("errors", diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count());
    root.put("warnings", diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count());
    root.put("notes", notes);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      items.add(item(d));
    }
    root.put("findings", items);
    StringWriter out = new StringWriter();
    // Jackson's streaming generator, not its object mapper: setting the mapper up cost a
    // one-report run ~70 ms; the output is the same, indented by the same printer.
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(g, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes maps, lists, text, numbers and null, the only values {@link #json} builds. */
  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Long n) {
      g.writeNumber(n);
    } else if (value instanceof Integer n) {
      g.writeNumber(n);
    } else if (value instanceof String text) {
      g.writeString(text);
    } else {
      throw new IllegalArgumentException("not a JSON value here: " + value.getClass());
    }
  }

  private static Map<String, Object> item(Diagnostic d) {
    Map<String, Object> item = new LinkedHashMap<>();
    Span s = d.span();
    item.put("rule", d.code());
    item.put("severity", d.severity().name().toLowerCase());
    item.put("file", d.file());
    item.put("line", s == null ? null : s.startLine());
    item.put("column", s == null ? null : s.startColumn());
    item.put("endLine", s == null ? null : s.endLine());
    item.put("endColumn", s == null ? null : s.endColumn());
    item.put("offset", s == null ? null : s.startOffset());
    item.put("endOffset", s == null ? null : s.endOffset());
    if (d.cell() == null) {
      item.put("cell", null);
    } else {
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("table", d.cell().table());
      cell.put("row", d.cell().row());
      cell.put("column", d.cell().column());
      cell.put("id", d.cell().id());
      cell.put("label", d.cellLabel());
      item.put("cell", cell);
    }
    item.put("lines", d.related().stream().map(Span::startLine).distinct().toList());
    item.put("message", d.message());
    return item;
  }
}
