package cn.nianbao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.document.Heading;
import cn.nianbao.document.Table;
import cn.nianbao.testing.Examples;
import cn.nianbao.testing.Examples.Example;
import cn.nianbao.testing.OfficialGrids;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class TemplatesProduceOfficialGridsTest {
  static final List<Example> examples = Examples.ALL;

  @ParameterizedTest
  @FieldSource("examples")
  void everyTableMatchesTheOfficialGridWithTheExampleNumbers(Example example) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
    List<Table> tables = doc.blocks().stream()
        .filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertEquals(3, tables.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(String.join("\n", OfficialGrids.expected(example.formatVersion(), i + 2, example.name())),
          String.join("\n", OfficialGrids.lines(tables.get(i))), example + " table " + (i + 2));
    }
  }

  @ParameterizedTest
  @FieldSource("examples")
  void theSixSectionHeadingsAppearInOrder(Example example) throws Exception {
    Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(example.path()));
    List<String> level1 = doc.blocks().stream()
        .filter(b -> b instanceof Heading h && h.level() == 1).map(b -> ((Heading) b).text()).toList();
    assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), level1);
  }
}
