package cn.nianbao.testing;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.model.Report;
import cn.nianbao.model.Subsection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Every paragraph an example's data file gives, with run-in sub-headings joined as printed. */
public final class ExampleText {
  private ExampleText() {}

  public static List<String> paragraphs(Examples.Example example) throws IOException {
    Report r = ReportBinder.bind(example.path());
    List<String> out = new ArrayList<>(r.opening());
    for (List<Subsection> section : List.of(r.overview(), r.problems(), r.otherMatters())) {
      for (Subsection s : section) {
        s.heading().ifPresent(out::add);
        out.addAll(s.paragraphs());
      }
    }
    r.signOff().ifPresent(s -> {
      out.add(s.signer());
      out.add(s.dateText());
    });
    return out;
  }
}
