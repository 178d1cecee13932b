package cn.nianbao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest file's JSON, read and written with Jackson's streaming parser and generator. Every
 * render writes the manifest, and Jackson's object mapper (setting itself up, and finding out how
 * to build the {@link Manifest.Entry} record) cost ~60 ms of each new process, a sixteenth of a
 * one-report run. The file is the mapper's: entries and maps sorted by key, indented the same.
 * A field this version does not know is an error, not skipped: the manifest is rewritten whole
 * when a report is added, and a skipped field would be lost.
 */
final class ManifestJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ManifestJson() {}

  /** The entries as the file's bytes. */
  static byte[] write(Map<String, Manifest.Entry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      for (Map.Entry<String, Manifest.Entry> e : new TreeMap<>(entries).entrySet()) {
        Manifest.Entry entry = e.getValue();
        g.writeFieldName(e.getKey());
        g.writeStartObject();
        g.writeStringField("dataFile", entry.dataFile());
        g.writeStringField("data", entry.data());
        g.writeStringField("version", entry.version());
        g.writeBooleanField("draft", entry.draft());
        map(g, "documents", entry.documents());
        map(g, "fonts", entry.fonts());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void map(JsonGenerator g, String name, Map<String, String> map)
      throws IOException {
    g.writeFieldName(name);
    if (map == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /** The entries of a manifest file (report name → entry). */
  static Map<String, Manifest.Entry> read(InputStream in) throws IOException {
    Map<String, Manifest.Entry> entries = new TreeMap<>();
    try (JsonParser p = FACTORY.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, "整个文件应是一个对象");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String report = p.currentName();
        entries.put(report, entry(p, report));
      }
      expect(p, p.currentToken(), JsonToken.END_OBJECT, "对象未正常结束");
    }
    return entries;
  }

  private static Manifest.Entry entry(JsonParser p, String report) throws IOException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT, "“" + report + "”应是一个对象");
    String dataFile = null;
    String data = null;
    String version = null;
    boolean draft = false;
    Map<String, String> documents = null;
    Map<String, String> fonts = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "dataFile" -> dataFile = text(p, value);
        case "data" -> data = text(p, value);
        case "version" -> version = text(p, value);
        case "draft" -> draft = flag(p, value, report);
        case "documents" -> documents = stringMap(p, value, report + "." + field);
        case "fonts" -> fonts = stringMap(p, value, report + "." + field);
        default -> throw error(p, "“" + report + "”中有本版本不认识的字段“" + field + "”");
      }
    }
    return new Manifest.Entry(dataFile, data, version, draft, documents, fonts);
  }

  private static String text(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, value, JsonToken.VALUE_STRING, "“" + p.currentName() + "”应是文本");
    return p.getText();
  }

  private static boolean flag(JsonParser p, JsonToken value, String report) throws IOException {
    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
      throw error(p, "“" + report + ".draft”应是 true 或 false");
    }
    return value == JsonToken.VALUE_TRUE;
  }

  private static Map<String, String> stringMap(JsonParser p, JsonToken value, String where)
      throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, value, JsonToken.START_OBJECT, "“" + where + "”应是一个对象");
    Map<String, String> map = new TreeMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      map.put(key, text(p, p.nextToken()));
    }
    return map;
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken wanted, String what)
      throws IOException {
    if (actual != wanted) {
      throw error(p, what);
    }
  }

  private static IOException error(JsonParser p, String what) {
    return new IOException("第 " + p.currentLocation().getLineNr() + " 行：" + what);
  }
}
