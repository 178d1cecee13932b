package cn.nianbao.render.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts the children of property elements into the sequence ECMA-376 Part 1 prescribes.
 *
 * <p>POI's schema types treat {@code w:rPr} and friends as open choices, so XMLBeans appends
 * properties in the order the code happens to add them. Word's own validator requires the fixed
 * sequence of the standard and may ignore a property out of place — for the body text that is the
 * letter spacing ({@code w:spacing} before {@code w:sz}) that fits 28 characters on a line. So the
 * writer adds properties where convenient and this class sorts them once, just before saving.
 */
final class SchemaOrder {
  static final String WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Child order per element (ECMA-376 Part 1, §17.3.2.28, 17.3.1.26, 17.4.70, 17.4.60, 17.6.17, 17.7.4.17). */
  static final Map<String, List<String>> SEQUENCES = Map.of(
      "rPr", List.of("ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i",
          "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
          "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
          "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
          "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
          "rPrChange"),
      "pPr", List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
          "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
          "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
          "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
          "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
          "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
          "pPrChange"),
      "tcPr", List.of("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd",
          "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark", "headers",
          "cellIns", "cellDel", "cellMerge", "tcPrChange"),
      "tblPr", List.of("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
          "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
          "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange"),
      "sectPr", List.of("headerReference", "footnotePr", "endnotePr", "type",
          "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
          "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
          "printerSettings", "sectPrChange"),
      "style", List.of("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden",
          "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal",
          "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr",
          "tblStylePr"));

  private SchemaOrder() {}

  /** Sorts, in place, the property children of every element under {@code part}. */
  static void apply(XmlObject part) {
    sortTree(part.getDomNode());
  }

  private static void sortTree(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      sortTree(child);
    }
    if (node instanceof Element element && WML.equals(element.getNamespaceURI())) {
      List<String> sequence = SEQUENCES.get(element.getLocalName());
      if (sequence != null) {
        sortChildren(element, sequence);
      }
    }
  }

  /** A stable sort: elements of equal rank keep their order. */
  private static void sortChildren(Element parent, List<String> sequence) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    List<Element> sorted = new ArrayList<>(children);
    sorted.sort(Comparator.comparingInt(e -> WML.equals(e.getNamespaceURI())
        ? rank(sequence, e.getLocalName()) : sequence.size()));
    if (!sorted.equals(children)) {
      sorted.forEach(parent::appendChild);
    }
  }

  /**
   * Where an element of this name goes in the sequence; unknown names go last. Header and footer
   * references form one group in any order (EG_HdrFtrReferences).
   */
  static int rank(List<String> sequence, String localName) {
    int i = sequence.indexOf(localName.equals("footerReference") ? "headerReference" : localName);
    return i < 0 ? sequence.size() : i;
  }
}
