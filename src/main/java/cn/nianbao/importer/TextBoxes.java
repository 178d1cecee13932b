package cn.nianbao.importer;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Reads a DOCX paragraph that anchors text boxes ({@code w:txbxContent}, in a DrawingML shape or
 * a VML one): the paragraph's own text and each box's paragraphs and tables, in the order they
 * stand in the file. POI would either miss such a box (Word 2010 and later wrap it in
 * {@code mc:AlternateContent}) or run all its paragraphs into the anchoring one (VML); of the two
 * copies Word writes in {@code mc:AlternateContent}, only the first ({@code mc:Choice}) is read.
 * Works on element names only, so it needs no schema types beyond POI's lite set.
 */
final class TextBoxes {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private TextBoxes() {}

  /** Whether the paragraph (or anything in it) holds a text box. */
  static boolean anchorsBox(XmlObject paragraph) {
    return paragraph.selectPath("declare namespace w='" + W + "' .//w:txbxContent").length > 0;
  }

  /**
   * Adds the paragraph's blocks to {@code out}: its text up to a box, the box's content, its text
   * after the box, and so on; empty text left out.
   */
  static void read(XmlObject paragraph, Place place, IBody body, List<Block> out) {
    StringBuilder text = new StringBuilder();
    int boxes = 0;
    try (XmlCursor c = paragraph.newCursor(); XmlCursor end = paragraph.newCursor()) {
      end.toEndToken();
      while (c.toNextToken() != XmlCursor.TokenType.NONE && c.isLeftOf(end)) {
        if (!c.isStart()) {
          continue;
        }
        QName name = c.getName();
        if (MC.equals(name.getNamespaceURI()) && name.getLocalPart().equals("Fallback")) {
          c.toEndToken();
        } else if (W.equals(name.getNamespaceURI())) {
          switch (name.getLocalPart()) {
            case "txbxContent" -> {
              flush(text, place, out);
              boxes++;
              content(c.getObject(), new Place(place + "中的第" + boxes + "个文本框"), body, out, new int[2]);
              c.toEndToken();
            }
            case "t" -> {
              text.append(c.getTextValue());
              c.toEndToken();
            }
            case "tab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            default -> { }
          }
        }
      }
    }
    flush(text, place, out);
  }

  /**
   * The paragraphs and tables of a box, in order (also inside content controls and custom XML);
   * {@code counted} holds the box's paragraphs and tables so far, for their places.
   */
  private static void content(XmlObject container, Place box, IBody body, List<Block> out, int[] counted) {
    try (XmlCursor c = container.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        QName name = c.getName();
        boolean w = W.equals(name.getNamespaceURI());
        if (w && name.getLocalPart().equals("p")) {
          read(c.getObject(), new Place(box + "第" + ++counted[0] + "段"), body, out);
        } else if (w && name.getLocalPart().equals("tbl")) {
          DocxSource.table(table(c, body), new Place(box + "第" + ++counted[1] + "个表格"), out);
        } else {
          content(c.getObject(), box, body, out, counted);
        }
      }
    }
  }

  /** The table at the cursor, as a copy (the element's content loaded as the table's). */
  private static XWPFTable table(XmlCursor at, IBody body) {
    try {
      return new XWPFTable(CTTbl.Factory.parse(at.getDomNode(), new XmlOptions().setLoadReplaceDocumentElement(null)),
          body);
    } catch (XmlException e) {
      throw new IllegalArgumentException("a table in a text box: " + e.getMessage(), e);
    }
  }

  private static void flush(StringBuilder text, Place place, List<Block> out) {
    String clean = Labels.clean(text.toString());
    if (!clean.isEmpty()) {
      out.add(new Block.Text(clean, place));
    }
    text.setLength(0);
  }
}
