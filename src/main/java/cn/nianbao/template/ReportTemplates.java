package cn.nianbao.template;

import cn.nianbao.document.Document;
import cn.nianbao.document.DocumentInfo;
import cn.nianbao.document.PageSetup;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Report;
import cn.nianbao.model.SignOff;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Produces the document model of a report by running the template set of its format version
 * ({@code templates/2019/report.ftl} or {@code templates/2021/report.ftl} on the class path).
 * Thread-safe: the configuration is shared, each call gets its own markup builder.
 */
public final class ReportTemplates {
  static {
    // FreeMarker would otherwise look for a logging library and log every template error twice.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  private final Configuration config;

  private ReportTemplates(Configuration config) {
    this.config = config;
  }

  /** The template sets bundled with the application. */
  public static ReportTemplates bundled() {
    return from(new ClassTemplateLoader(ReportTemplates.class, "/templates"));
  }

  /** Template sets read through {@code loader}; tests use it to run templates of their own. */
  static ReportTemplates from(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
    cfg.setLocalizedLookup(false);
    // Parsed once per process and kept: the templates do not change while it runs, so there is
    // no need to look at the jar again every few seconds of a long batch.
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    // A template reads plain maps, lists and strings; it can neither create objects (?new) nor
    // call into Java (?api), nor see any object the view does not hand it.
    cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNumberFormat("computer");
    return new ReportTemplates(cfg);
  }

  /** The template file that renders reports of this format version. */
  public static String templateName(FormatVersion version) {
    return version.number() + "/report.ftl";
  }

  /** Parses the templates of every format version now (they are kept), not on first use. */
  public void parseAll() {
    for (FormatVersion version : FormatVersion.values()) {
      try {
        config.getTemplate(templateName(version));
      } catch (IOException e) {
        throw new TemplateError("templates/" + templateName(version) + ": " + e.getMessage(), e);
      }
    }
  }

  /** Runs the report's template and returns the document it describes. */
  public Document produce(Report report) {
    TemplateView view = TemplateView.of(report);
    Markup markup = new Markup(view.origins());
    Map<String, Object> model = new HashMap<>(view.model());
    model.putAll(markup.directives());
    String name = templateName(report.format());
    try {
      Template template = config.getTemplate(name);
      template.process(model, new Blank(name));
    } catch (TemplateException e) {
      throw new TemplateError("templates/" + e.getTemplateSourceName() + ":" + e.getLineNumber()
          + ":" + e.getColumnNumber() + ": " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new TemplateError("templates/" + name + ": " + e.getMessage(), e);
    }
    return new Document(PageSetup.GB_T_9704, markup.blocks(), false, info(report));
  }

  /**
   * The metadata of a report's files. Its date is the 落款 date; a report without one gets 31
   * January of the following year, the day by which the Regulations want it published (每年1月31日前).
   */
  static DocumentInfo info(Report report) {
    LocalDate date = report.signOff().map(SignOff::date)
        .orElse(LocalDate.of(report.year() + 1, 1, 31));
    return new DocumentInfo(report.title().replace("\n", ""), report.organization(),
        "政府信息公开工作年度报告", report.organization() + "," + report.year() + "年度,政府信息公开",
        date);
  }
}
