package cn.nianbao;

import cn.nianbao.binder.BindingException;
import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.render.docx.DocxRenderer;
import cn.nianbao.render.fonts.FontSearch;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.GlyphReport;
import cn.nianbao.render.html.HtmlRenderer;
import cn.nianbao.render.pdf.PdfRenderer;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.typeset.Page;
import cn.nianbao.validate.Checker;
import cn.nianbao.validate.Findings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * nianbao as a Java library: load a data file, check its numbers, lay it out, and make the DOCX,
 * PDF or HTML preview — every problem reported as a {@link Diagnostic} (file, span, cell, message
 * in Chinese). Thread-safe; create one and reuse it (finding the fonts takes a moment).
 *
 * <pre>{@code
 * Nianbao nianbao = Nianbao.create();
 * Nianbao.Loaded loaded = nianbao.load(Path.of("qingshuihe-2021.yaml"));
 * if (!loaded.ok()) { loaded.diagnostics().forEach(System.err::println); return; }
 * Findings findings = nianbao.check(loaded.report());
 * Document document = nianbao.document(loaded.report(), findings.hasErrors());
 * byte[] pdf = nianbao.pdf(document);
 * }</pre>
 */
public final class Nianbao {
  static {
    QuietLogging.install();
  }

  /** Made on first use; under a lock of its own, so that it never waits for the fonts. */
  private ReportTemplates templates;
  private final Object templatesLock = new Object();
  private final DocxRenderer docx = DocxRenderer.create();
  private final Supplier<FontSet> fontSource;
  private FontSet fonts;
  private PdfRenderer pdf;
  /**
   * The document of this thread's last PDF and its glyph check, so that the check runs once per
   * render; per thread, as a batch renders on every core.
   */
  private final ThreadLocal<Checked> checked = new ThreadLocal<>();

  private record Checked(Document document, GlyphReport glyphs) {}
  /** The HTML renderers made so far, by font URL ("" for none): a live preview reuses its own. */
  private final Map<String, HtmlRenderer> htmlRenderers = new ConcurrentHashMap<>();

  private Nianbao(Supplier<FontSet> fontSource) {
    this.fontSource = fontSource;
  }

  /**
   * nianbao with the official fonts found on this system (else its bundled stand-ins). The fonts
   * are looked for when first needed (PDF, HTML preview or glyph check): loading and checking
   * never need them.
   */
  public static Nianbao create() {
    return withFontsFolder(null);
  }

  /** nianbao that looks for the official fonts in {@code folder} first, then as {@link #create()}. */
  public static Nianbao withFontsFolder(Path folder) {
    return new Nianbao(() -> FontSet.resolve(FontSearch.system(folder)));
  }

  /** nianbao whose PDFs use {@code fonts}. */
  public static Nianbao withFonts(FontSet fonts) {
    return new Nianbao(() -> fonts);
  }

  /** The fonts the PDF uses (looked for on first use). */
  public synchronized FontSet fonts() {
    if (fonts == null) {
      fonts = fontSource.get();
    }
    return fonts;
  }

  private ReportTemplates templates() {
    synchronized (templatesLock) {
      if (templates == null) {
        templates = ReportTemplates.bundled();
      }
      return templates;
    }
  }

  /**
   * Starts getting ready, on a thread of its own, what every document needs whatever its data:
   * the templates of every format version parsed, the fonts found and opened, the typesetter set
   * up. Returns at once; a call that needs one of them meanwhile waits for it (and, should the
   * background fail, makes it itself and reports what went wrong). For a short-lived process,
   * such as one report on the command line: its second core does this while the first reads and
   * checks the data.
   */
  public void prepare() {
    Thread t = new Thread(() -> {
      try {
        templates().parseAll();
        pdfRenderer();
      } catch (RuntimeException | Error e) {
        // not reported here: the caller's own call makes the same thing again and reports it
      }
    }, "nianbao-prepare");
    t.setDaemon(true);
    t.start();
  }

  private synchronized PdfRenderer pdfRenderer() {
    if (pdf == null) {
      pdf = PdfRenderer.create(fonts());
    }
    return pdf;
  }

  /**
   * A data file read and bound: the report, or why it cannot be one.
   *
   * @param report      the report; null when there are diagnostics
   * @param diagnostics the binding errors, in file order; empty when the report was bound
   */
  public record Loaded(Report report, List<Diagnostic> diagnostics) {
    public Loaded {
      diagnostics = List.copyOf(diagnostics);
    }

    /** True when the data file was bound. */
    public boolean ok() {
      return report != null;
    }
  }

  /** Reads and binds a data file (YAML, or JSON when its name ends in {@code .json}). */
  public Loaded load(Path dataFile) {
    String name = dataFile.getFileName().toString();
    try {
      return new Loaded(ReportBinder.bind(dataFile), List.of());
    } catch (BindingException e) {
      return new Loaded(null, e.diagnostics());
    } catch (IOException e) {
      return new Loaded(null, List.of(Diagnostic.dataError(name, Span.point(1, 1, 0),
          "无法读取文件：" + e.getMessage())));
    }
  }

  /** Binds data read from {@code reader}; {@code name} names it in diagnostics. */
  public Loaded load(String name, Reader reader, boolean json) {
    try {
      return new Loaded(ReportBinder.bind(name, reader, json), List.of());
    } catch (BindingException e) {
      return new Loaded(null, e.diagnostics());
    } catch (IOException e) {
      return new Loaded(null, List.of(Diagnostic.dataError(name, Span.point(1, 1, 0),
          "无法读取数据：" + e.getMessage())));
    }
  }

  /** Checks a report's numbers on their own (no previous year). */
  public Findings check(Report report) {
    return check(report, null);
  }

  /**
   * Why {@code previous} cannot serve as the year before {@code report} — another year, or another
   * body (unless {@code report} names it in 上年机关名称) — as a binding error of the previous file,
   * at its 年度 or 机关; empty when it can serve.
   */
  public Optional<Diagnostic> previousMismatch(Report report, Report previous) {
    return Checker.previousMismatch(report, previous).map(why -> {
      String field = previous.year() != report.year() - 1 ? "年度" : "机关";
      return Diagnostic.dataError(previous.sources().file(),
          previous.sources().span(field).orElse(null), why + "，不能作为上年数据。");
    });
  }

  /**
   * Checks a report's numbers, and against the previous year's report when given (null: the
   * cross-year checks are skipped). The previous report must be the year before, same body.
   *
   * @throws IllegalArgumentException when {@code previous} cannot serve (see {@link #previousMismatch})
   */
  public Findings check(Report report, Report previous) {
    String file = report.sources().file();
    return Checker.check(report, previous, file.isEmpty() ? null : file);
  }

  /** The document of a final report. */
  public Document document(Report report) {
    return document(report, false);
  }

  /** The document; a draft carries the draft mark on every page. */
  public Document document(Report report, boolean draft) {
    return templates().produce(report).withDraft(draft);
  }

  /** The characters that no available font has, as diagnostics at the data they came from. */
  public List<Diagnostic> glyphProblems(Document document, String file) {
    return glyphs(document).diagnostics(file);
  }

  /**
   * Which characters need a fallback font and which none has. Checked once per document: after
   * {@link #pdf} the check its renderer made is reused.
   */
  public GlyphReport glyphs(Document document) {
    Checked last = checked.get();
    if (last != null && last.document() == document) {
      return last.glyphs();
    }
    return fonts().check(document);
  }

  /**
   * The document's pages as the PDF draws them and the preview shows them: every line and table
   * cell at its place, each line made from data carrying its {@link cn.nianbao.document.Origin}.
   *
   * @throws cn.nianbao.render.fonts.MissingGlyphsException when a character has no font (check
   *     first with {@link #glyphProblems})
   */
  public List<Page> pages(Document document) {
    return pdfRenderer().pages(document);
  }

  /** The DOCX file's bytes. */
  public byte[] docx(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      docx.render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writes to memory only
    }
    return out.toByteArray();
  }

  /**
   * The PDF file's bytes.
   *
   * @throws cn.nianbao.render.fonts.MissingGlyphsException when a character has no font (check
   *     first with {@link #glyphProblems})
   */
  public byte[] pdf(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      checked.set(new Checked(document, pdfRenderer().render(document, out)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The HTML preview, UTF-8: the same pages as the PDF, laid out with the same fonts. */
  public byte[] html(Document document) {
    return html(document, null);
  }

  /**
   * The HTML preview whose pages load the PDF's very faces from {@code fontUrl} followed by the
   * font's file name (a route of a local server, e.g. {@code /fonts/}); null: local font names only.
   */
  public byte[] html(Document document, String fontUrl) {
    HtmlRenderer renderer = htmlRenderers.computeIfAbsent(fontUrl == null ? "" : fontUrl,
        url -> HtmlRenderer.create(fonts()).withFontUrl(url.isEmpty() ? null : url));
    return renderer.render(document).getBytes(StandardCharsets.UTF_8);
  }
}
