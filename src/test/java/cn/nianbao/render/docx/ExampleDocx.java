package cn.nianbao.render.docx;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The 2021 example through the real pipeline to DOCX, read back with POI. */
final class ExampleDocx {
  private ExampleDocx() {}

  static XWPFDocument qingshuihe2021() {
    try {
      return Samples.renderAndRead(ReportTemplates.bundled()
          .produce(ReportBinder.bind(Examples.ALL.get(2).path())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
