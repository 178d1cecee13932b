package cn.nianbao.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

  @Test
  void theGuideNamesEveryTopLevelKey() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    for (String key : ReportBinder.KEYS) {
      assertTrue(guide.contains("`" + key + "`"), key);
    }
  }
}
