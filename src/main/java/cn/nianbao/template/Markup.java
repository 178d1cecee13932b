package cn.nianbao.template;

import cn.nianbao.document.Block;
import cn.nianbao.document.Cell;
import cn.nianbao.document.Closing;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.Heading;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Row;
import cn.nianbao.document.Run;
import cn.nianbao.document.Table;
import cn.nianbao.document.Title;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The markup templates use to build the document model: one FreeMarker directive per block kind.
 *
 * <pre>
 * &lt;@title origin="…"&gt;text&lt;/@title&gt;           centred title (origin: the field path of the
 *                                               data value it was made from, optional)
 * &lt;@heading level=1&gt;text&lt;/@heading&gt;           heading on its own line (level 1 or 2)
 * &lt;@paragraph origin="…"&gt;text&lt;/@paragraph&gt;    body paragraph (origin: the field path of the data
 *                                               value it prints, optional); may contain
 *   &lt;@run role="heading2"&gt;text&lt;/@run&gt;           a stretch in another font role (run-in heading)
 * &lt;@table widths=[3, 1, 1] header=1 keep=true&gt; rows &lt;/@table&gt;  relative column widths,
 *                                               repeated header rows, kept on one page if it fits
 *   &lt;@row&gt; cells &lt;/@row&gt;
 *     &lt;@cell rowspan=1 colspan=1 align="center" cell="…"&gt;text&lt;/@cell&gt;   align: center | left;
 *                                               cell: the address of the value shown (a grid
 *                                               cell's {@code cell}), which gives it its origin
 *       &lt;@br/&gt;                                   forced line break inside a cell
 * &lt;@closing signature="…" date="…" signatureOrigin="…" dateOrigin="…"/&gt;
 *                                               署名 and 成文日期 (origins: their field paths,
 *                                               optional)
 * </pre>
 *
 * Parameters are checked strictly; text outside a block is an error. One instance builds one
 * document and is then discarded.
 */
final class Markup {
  private final Map<String, Origin> origins;
  private final List<Block> blocks = new ArrayList<>();
  private List<Row> rows;
  private List<Cell> cells;
  private List<Run> runs;
  private StringWriter paragraphText;

  /**
   * A builder whose value cells and paragraphs take their origins from {@code origins}: by cell
   * address id ({@code @cell cell=…}) or by field path ({@code @paragraph origin=…}).
   */
  Markup(Map<String, Origin> origins) {
    this.origins = origins;
  }

  /** The directives, by name, to put into the template's data model. */
  Map<String, TemplateModel> directives() {
    return Map.of(
        "title", (TemplateDirectiveModel) this::title,
        "heading", (TemplateDirectiveModel) this::heading,
        "paragraph", (TemplateDirectiveModel) this::paragraph,
        "run", (TemplateDirectiveModel) this::run,
        "table", (TemplateDirectiveModel) this::table,
        "row", (TemplateDirectiveModel) this::row,
        "cell", (TemplateDirectiveModel) this::cell,
        "br", (TemplateDirectiveModel) this::br,
        "closing", (TemplateDirectiveModel) this::closing);
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }

  private void title(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    String from = new Params("title", params, Set.of("origin")).string("origin", "");
    Origin origin = origins.getOrDefault(from, Origin.NONE);
    topLevel("title");
    String text = capture(body);
    blocks.add(guard(() -> new Title(text, origin)));
  }

  private void heading(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    int level = new Params("heading", params, Set.of("level")).integer("level", 1);
    topLevel("heading");
    String text = capture(body);
    blocks.add(guard(() -> new Heading(level, text)));
  }

  private void paragraph(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    String from = new Params("paragraph", params, Set.of("origin")).string("origin", "");
    Origin origin = origins.getOrDefault(from, Origin.NONE);
    topLevel("paragraph");
    runs = new ArrayList<>();
    paragraphText = new StringWriter();
    requireBody("paragraph", body).render(paragraphText);
    flushParagraphText();
    List<Run> done = runs;
    runs = null;
    blocks.add(guard(() -> new Paragraph(done, origin)));
  }

  private void run(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    String role = new Params("run", params, Set.of("role")).string("role", null);
    if (runs == null) {
      throw new TemplateModelException("@run must be inside @paragraph");
    }
    flushParagraphText();
    FontRole fontRole = role(role);
    String text = capture(body);
    runs.add(guard(() -> new Run(text, fontRole)));
  }

  private void table(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    Params p = new Params("table", params, Set.of("widths", "header", "keep"));
    List<Integer> widths = p.integers("widths");
    int header = p.integer("header", 0);
    boolean keep = p.bool("keep");
    topLevel("table");
    rows = new ArrayList<>();
    requireBody("table", body).render(new Blank("table"));
    List<Row> done = rows;
    rows = null;
    blocks.add(guard(() -> new Table(widths, header, done, keep)));
  }

  private void row(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    new Params("row", params, Set.of());
    if (rows == null || cells != null) {
      throw new TemplateModelException("@row must be directly inside @table");
    }
    cells = new ArrayList<>();
    requireBody("row", body).render(new Blank("row"));
    rows.add(new Row(cells));
    cells = null;
  }

  private void cell(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    Params p = new Params("cell", params, Set.of("rowspan", "colspan", "align", "cell"));
    int rowSpan = p.integer("rowspan", 1);
    int colSpan = p.integer("colspan", 1);
    Cell.Align align = align(p.string("align", "center"));
    Origin origin = origin(p.string("cell", ""));
    if (cells == null) {
      throw new TemplateModelException("@cell must be inside @row");
    }
    String text = body == null ? "" : capture(body);
    cells.add(guard(() -> new Cell(text, rowSpan, colSpan, align, origin)));
  }

  private void br(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    new Params("br", params, Set.of());
    env.getOut().write('\n');
  }

  private void closing(Environment env, Map<?, ?> params, TemplateModel[] loop,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    Params p = new Params("closing", params,
        Set.of("signature", "date", "signatureOrigin", "dateOrigin"));
    String signature = p.string("signature", null);
    String date = p.string("date", null);
    Origin signatureOrigin = origins.getOrDefault(p.string("signatureOrigin", ""), Origin.NONE);
    Origin dateOrigin = origins.getOrDefault(p.string("dateOrigin", ""), Origin.NONE);
    topLevel("closing");
    blocks.add(guard(() -> new Closing(signature, date, signatureOrigin, dateOrigin)));
  }

  /** The origin of the value a cell shows; a cell without {@code cell} is fixed wording. */
  private Origin origin(String address) throws TemplateModelException {
    if (address.isEmpty()) {
      return Origin.NONE;
    }
    Origin origin = origins.get(address);
    if (origin == null) {
      throw new TemplateModelException("@cell cell=\"" + address + "\" is not a value cell of this report");
    }
    return origin;
  }

  private void flushParagraphText() {
    String text = paragraphText.toString().strip();
    paragraphText.getBuffer().setLength(0);
    if (!text.isEmpty()) {
      runs.add(new Run(text, FontRole.BODY));
    }
  }

  private void topLevel(String directive) throws TemplateModelException {
    if (rows != null || runs != null) {
      throw new TemplateModelException("@" + directive + " cannot be nested in another block");
    }
  }

  /** Builds a node, turning the model's own checks (e.g. spans that do not tile) into template errors. */
  private static <T> T guard(Supplier<T> make) throws TemplateModelException {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage(), e);
    }
  }

  private static String capture(TemplateDirectiveBody body) throws TemplateException, IOException {
    StringWriter out = new StringWriter();
    if (body != null) {
      body.render(out);
    }
    return out.toString().strip();
  }

  private static TemplateDirectiveBody requireBody(String directive, TemplateDirectiveBody body)
      throws TemplateModelException {
    if (body == null) {
      throw new TemplateModelException("@" + directive + " needs a body");
    }
    return body;
  }

  private static FontRole role(String name) throws TemplateModelException {
    try {
      return FontRole.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException("@run role \"" + name + "\" is not one of "
          + java.util.Arrays.toString(FontRole.values()).toLowerCase(Locale.ROOT));
    }
  }

  private static Cell.Align align(String name) throws TemplateModelException {
    try {
      return Cell.Align.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException("@cell align \"" + name + "\" must be center or left");
    }
  }
}
