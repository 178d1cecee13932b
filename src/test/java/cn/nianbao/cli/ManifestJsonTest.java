package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest's streaming JSON: the object mapper's file, read back entry for entry. */
class ManifestJsonTest {
  private static final Map<String, Manifest.Entry> ENTRIES = entries();

  private static Map<String, Manifest.Entry> entries() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("清水河镇-2021.pdf", "b".repeat(64));
    docs.put("清水河镇-2021.docx", "a".repeat(64));
    Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
    entries.put("清水河镇-2021", new Manifest.Entry("数据/清水河镇-2021.yaml", "c".repeat(64),
        "nianbao 1.0", false, docs, Map.of("fonts/FandolFang-Regular.otf", "d".repeat(64))));
    entries.put("a-draft", new Manifest.Entry("a \"quoted\" name.json", "e", "nianbao 0.9", true,
        Map.of(), null));
    return entries;
  }

  @Test
  void writesTheFileTheObjectMapperWrote() throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    assertArrayEquals(mapper.writeValueAsBytes(ENTRIES), ManifestJson.write(ENTRIES));
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Map<String, Manifest.Entry> back = read(new String(ManifestJson.write(ENTRIES),
        StandardCharsets.UTF_8));
    assertEquals(ENTRIES.keySet(), back.keySet());
    ENTRIES.forEach((name, entry) -> assertEquals(entry, back.get(name), name));
  }

  @Test
  void anUnknownFieldIsAnErrorNamingItsLine() {
    IOException e = assertThrows(IOException.class, () -> read("""
        {
          "r" : {
            "data" : "x",
            "signedBy" : "someone"
          }
        }"""));
    assertTrue(e.getMessage().startsWith("第 4 行：") && e.getMessage().contains("signedBy"),
        e.getMessage());
  }

  @Test
  void aValueOfTheWrongKindIsAnError() {
    IOException e = assertThrows(IOException.class,
        () -> read("{ \"r\" : { \"draft\" : \"no\" } }"));
    assertTrue(e.getMessage().contains("r.draft"), e.getMessage());
    assertThrows(IOException.class, () -> read("[]"));
    assertThrows(IOException.class, () -> read("{ \"r\" : { \"documents\" : [ ] } }"));
  }

  private static Map<String, Manifest.Entry> read(String json) throws IOException {
    return ManifestJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
