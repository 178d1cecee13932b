package cn.nianbao.testing;

import cn.nianbao.document.Cell;
import cn.nianbao.document.Row;
import cn.nianbao.document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word table back into its logical grid, for tests that compare a rendered DOCX with the
 * document model or with an official table layout.
 *
 * <p>The result uses the model's convention ({@link Row}): one list per {@code w:tr}, holding the
 * cells that <em>start</em> in that row, left to right. A slot covered by a cell from a row above
 * ({@code w:vMerge} without {@code w:val} or with {@code w:val="continue"}) is omitted and adds one
 * to that cell's {@code rowSpan}; {@code w:gridSpan} gives {@code colSpan}. A continuation is
 * matched to the cell above that starts at the same grid column. {@code w:gridBefore} shifts the
 * first cell of a row. Legacy horizontal merges ({@code w:hMerge}) are not supported.
 *
 * <p>Cell text joins the cell's paragraphs with {@code '\n'}; inside a paragraph a {@code w:br} or
 * {@code w:cr} is {@code '\n'} and a {@code w:tab} is {@code '\t'}. Field instructions
 * ({@code w:instrText}) and deleted text are not text. An empty cell has text {@code ""}.
 */
public final class DocxTables {
  private static final String W =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** One cell of the logical grid. */
  public record LogicalCell(String text, int rowSpan, int colSpan) {
    public LogicalCell {
      Objects.requireNonNull(text, "text");
    }
  }

  private DocxTables() {}

  /**
   * The logical grid of a Word table.
   *
   * @throws IllegalStateException when a {@code w:vMerge} continuation has no cell above it that
   *     starts at the same grid column
   */
  public static List<List<LogicalCell>> read(XWPFTable table) {
    List<List<Builder>> rows = new ArrayList<>();
    List<Builder> open = new ArrayList<>(); // by grid column: the cell starting there, if any
    CTRow[] trs = table.getCTTbl().getTrArray();
    for (int r = 0; r < trs.length; r++) {
      List<Builder> row = new ArrayList<>();
      int column = gridBefore(trs[r]);
      for (CTTc tc : trs[r].getTcArray()) {
        int span = gridSpan(tc);
        if (isContinuation(tc)) {
          Builder above = column < open.size() ? open.get(column) : null;
          if (above == null || above.colSpan != span) {
            throw new IllegalStateException(String.format(
                "Row %d, grid column %d: vMerge continues no cell of the same width above",
                r + 1, column + 1));
          }
          above.rowSpan++;
        } else {
          Builder cell = new Builder(text(tc), span);
          row.add(cell);
          setOpen(open, column, span, cell);
        }
        column += span;
      }
      rows.add(row);
    }
    return freeze(rows);
  }

  /** The model table's rows in the same form, for comparison with {@link #read}. */
  public static List<List<LogicalCell>> of(Table table) {
    List<List<LogicalCell>> out = new ArrayList<>();
    for (Row row : table.rows()) {
      List<LogicalCell> cells = new ArrayList<>();
      for (Cell c : row.cells()) {
        cells.add(new LogicalCell(c.text(), c.rowSpan(), c.colSpan()));
      }
      out.add(List.copyOf(cells));
    }
    return List.copyOf(out);
  }

  /** One line per row, cells as {@code text[rowSpan×colSpan]}: readable in assertion diffs. */
  public static String format(List<List<LogicalCell>> grid) {
    StringBuilder sb = new StringBuilder();
    for (List<LogicalCell> row : grid) {
      for (LogicalCell c : row) {
        sb.append('|').append(c.text().replace("\n", "\\n"))
            .append('[').append(c.rowSpan()).append('x').append(c.colSpan()).append(']');
      }
      sb.append("|\n");
    }
    return sb.toString();
  }

  private static void setOpen(List<Builder> open, int column, int span, Builder cell) {
    while (open.size() < column + span) {
      open.add(null);
    }
    for (int c = column; c < column + span; c++) {
      open.set(c, c == column ? cell : null);
    }
  }

  private static boolean isContinuation(CTTc tc) {
    CTTcPr pr = tc.getTcPr();
    if (pr == null || !pr.isSetVMerge()) {
      return false;
    }
    // w:val is optional and defaults to "continue"
    return !pr.getVMerge().isSetVal() || pr.getVMerge().getVal() == STMerge.CONTINUE;
  }

  private static int gridSpan(CTTc tc) {
    CTTcPr pr = tc.getTcPr();
    return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
  }

  private static int gridBefore(CTRow tr) {
    if (tr.getTrPr() == null) {
      return 0;
    }
    CTDecimalNumber[] before = tr.getTrPr().getGridBeforeArray();
    return before.length == 0 ? 0 : before[0].getVal().intValue();
  }

  private static String text(CTTc tc) {
    List<String> paragraphs = new ArrayList<>();
    for (CTP p : tc.getPArray()) {
      paragraphs.add(text(p));
    }
    return String.join("\n", paragraphs);
  }

  /** A paragraph's text in document order, with breaks as {@code '\n'} (see class javadoc). */
  public static String paragraphText(XWPFParagraph paragraph) {
    return text(paragraph.getCTP());
  }

  private static String text(CTP p) {
    StringBuilder sb = new StringBuilder();
    try (XmlCursor c = p.newCursor()) {
      appendText(c, sb);
    }
    return sb.toString();
  }

  private static void appendText(XmlCursor c, StringBuilder sb) {
    if (!c.toFirstChild()) {
      return;
    }
    do {
      String name = c.getName().getLocalPart();
      boolean w = W.equals(c.getName().getNamespaceURI());
      if (w && name.equals("t")) {
        sb.append(c.getTextValue());
      } else if (w && (name.equals("br") || name.equals("cr"))) {
        sb.append('\n');
      } else if (w && name.equals("tab")) {
        sb.append('\t');
      } else if (!(w && (name.equals("instrText") || name.equals("del") || name.equals("pPr")
          || name.equals("rPr")))) {
        appendText(c, sb); // returns with the cursor back on this element
      }
    } while (c.toNextSibling());
    c.toParent();
  }

  private static List<List<LogicalCell>> freeze(List<List<Builder>> rows) {
    List<List<LogicalCell>> out = new ArrayList<>();
    for (List<Builder> row : rows) {
      out.add(row.stream().map(b -> new LogicalCell(b.text, b.rowSpan, b.colSpan)).toList());
    }
    return List.copyOf(out);
  }

  private static final class Builder {
    final String text;
    final int colSpan;
    int rowSpan = 1;

    Builder(String text, int colSpan) {
      this.text = text;
      this.colSpan = colSpan;
    }
  }
}
