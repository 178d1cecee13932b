package cn.nianbao.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guide's key list is the one generated from the table schema. When the schema changes, run
 * {@code mvn -B -ntp test -Dtest=GuideKeyListTest -Dnianbao.updateGuide=true} to rewrite it.
 */
class GuideKeyListTest {
  private static final Path GUIDE = Path.of("docs/使用指南.md");

  @Test
  void theGuidesKeyListIsTheGeneratedOne() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    int begin = guide.indexOf(KeyList.BEGIN);
    int end = guide.indexOf(KeyList.END);
    assertTrue(begin >= 0 && end > begin, "the guide has the key-list markers");
    String written = guide.substring(begin + KeyList.BEGIN.length(), end);
    String generated = KeyList.markdown() + "\n";
    if (Boolean.getBoolean("nianbao.updateGuide") && !written.equals(generated)) {
      Files.writeString(GUIDE, guide.substring(0, begin + KeyList.BEGIN.length()) + generated
          + guide.substring(end), StandardCharsets.UTF_8);
      written = generated;
    }
    assertEquals(generated, written, "docs/使用指南.md 的键名列表与表格定义不一致：用 -Dnianbao.updateGuide=true 重新生成");
  }

  /**
   * The key list against the shipped JSON Schemas: for each format version, the keys the guide
   * lists are exactly the tables', rows' and columns' keys of the schema the editors use.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2019", "2021"})
  void theGuidesKeysAreTheSchemasKeys(String version) throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    String list = guide.substring(guide.indexOf(KeyList.BEGIN), guide.indexOf(KeyList.END));
    String section = Arrays.stream(list.split("\n### ")).filter(s -> s.startsWith(version))
        .findFirst().orElseThrow();
    Set<String> listed = new TreeSet<>();
    Matcher key = Pattern.compile("`([^`]+)`").matcher(section);
    while (key.find()) {
      listed.add(key.group(1));
    }
    JsonNode schema = new ObjectMapper().readTree(
        Path.of("schemas", "nianbao-" + version + ".schema.json").toFile());
    Set<String> keys = new TreeSet<>();
    for (String table : List.of("主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况")) {
      keys.add(table);
      propertyNames(schema.get("properties").get(table), keys);
    }
    propertyNames(schema.get("definitions"), keys);
    keys.removeAll(Set.of("小标题", "段落", "署名", "日期")); // the narrative's and 落款's own keys
    assertEquals(keys, listed, "docs/使用指南.md 第九节与 schemas/nianbao-" + version + ".schema.json 的键名不一致");
  }

  private static void propertyNames(JsonNode node, Set<String> into) {
    if (node == null) {
      return;
    }
    JsonNode properties = node.get("properties");
    if (properties != null) {
      properties.fieldNames().forEachRemaining(into::add);
    }
    node.forEach(child -> propertyNames(child, into));
  }

  @Test
  void theGuideNamesEveryTopLevelKey() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    for (String key : ReportBinder.KEYS) {
      assertTrue(guide.contains("`" + key + "`"), key);
    }
  }
}
