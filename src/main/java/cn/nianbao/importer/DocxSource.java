package cn.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a DOCX (ours, or one made in Word or WPS) with POI: paragraphs in body order, tables by
 * their cells' {@code gridSpan} and {@code vMerge} (a cell continuing a vertical merge is an empty
 * cell); text boxes and tables used as frames read in place, in reading order. POI refuses a zip
 * bomb (inflation ratio, entry size) and DOCTYPE declarations (XXE).
 */
final class DocxSource {

  private DocxSource() {}

  static List<Block> read(String name, byte[] bytes) throws NotAReport {
    OfficeZips.limitUnpackedSize();
    List<Block> blocks = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      int paragraphs = 0;
      int tables = 0;
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          paragraphs++;
          paragraph(p, new Place("第" + paragraphs + "段"), blocks);
        } else if (e instanceof XWPFTable t) {
          tables++;
          table(t, new Place("第" + tables + "个表格"), blocks);
        } else if (e instanceof XWPFSDT sdt) {
          paragraphs++;
          blocks.add(new Block.Text(Labels.clean(sdt.getContent().getText()), new Place("第" + paragraphs + "段")));
        }
      }
    } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException
        | UnsupportedOperationException | ClassCastException e) {
      throw OfficeZips.refused(name, e, "不是可以读取的 DOCX 文件（已损坏，或不是 Word 文档）");
    }
    return blocks;
  }

  /** A paragraph: one block, or its own text and its text boxes' blocks in order ({@link TextBoxes}). */
  private static void paragraph(XWPFParagraph p, Place place, List<Block> out) {
    if (TextBoxes.anchorsBox(p.getCTP())) {
      TextBoxes.read(p.getCTP(), place, p.getBody(), out);
    } else {
      out.add(new Block.Text(Labels.clean(p.getText()), place, p.getAlignment() == ParagraphAlignment.CENTER));
    }
  }

  /**
   * A table as a grid of cells, unless it only frames its content — it holds other tables, or it
   * has a single cell (a report pasted into a layout table, a boxed paragraph): then its cells'
   * paragraphs and tables, row by row, each read like the body's.
   */
  static void table(XWPFTable t, Place place, List<Block> out) {
    boolean frame = t.getRows().stream().flatMap(r -> r.getTableCells().stream()).count() == 1
        || t.getRows().stream().flatMap(r -> r.getTableCells().stream()).anyMatch(c -> !c.getTables().isEmpty());
    if (!frame) {
      out.add(grid(t, place));
      return;
    }
    int r = 0;
    for (XWPFTableRow row : t.getRows()) {
      r++;
      int c = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        Place at = Place.cell(place, r, ++c);
        int paragraphs = 0;
        int tables = 0;
        for (IBodyElement e : cell.getBodyElements()) {
          if (e instanceof XWPFParagraph p) {
            paragraph(p, new Place(at + "中的第" + ++paragraphs + "段"), out);
          } else if (e instanceof XWPFTable inner) {
            table(inner, new Place(at + "中的第" + ++tables + "个表格"), out);
          }
        }
      }
    }
  }

  private static Block.Grid grid(XWPFTable table, Place place) {
    List<List<Block.Cell>> rows = new ArrayList<>();
    int r = 0;
    for (XWPFTableRow row : table.getRows()) {
      r++;
      List<Block.Cell> cells = new ArrayList<>();
      int c = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        c++;
        CTTcPr pr = cell.getCTTc().getTcPr();
        boolean continued = pr != null && pr.isSetVMerge()
            && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
        String text = continued ? "" : cellText(cell);
        cells.add(new Block.Cell(text, Math.max(1, span), Place.cell(place, r, c)));
      }
      rows.add(cells);
    }
    return new Block.Grid(rows, place);
  }

  private static String cellText(XWPFTableCell cell) {
    StringBuilder b = new StringBuilder();
    cell.getParagraphs().forEach(p -> b.append(Labels.clean(p.getText())));
    return b.toString();
  }
}
