package cn.nianbao.render.docx;

import java.util.List;
import java.util.Map;

/**
 * Puts the children of property elements into the sequence ECMA-376 Part 1 prescribes.
 *
 * <p>Word's own validator requires the fixed sequence of the standard and may ignore a property
 * out of place — for the body text that is the letter spacing ({@code w:spacing} before
 * {@code w:sz}) that fits 28 characters on a line. So the writer collects an element's properties
 * where convenient ({@link Props}) and writes them in the order this class gives.
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

  /**
   * Where an element of this name goes in the sequence; unknown names go last. Header and footer
   * references form one group in any order (EG_HdrFtrReferences).
   */
  static int rank(List<String> sequence, String localName) {
    int i = sequence.indexOf(localName.equals("footerReference") ? "headerReference" : localName);
    return i < 0 ? sequence.size() : i;
  }
}
