package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.FontRole;
import cn.nianbao.document.PageSetup;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named styles of the generated document, so that users can restyle it in Word: one paragraph
 * style per text kind (title, body, headings, table text, header, footer) and a linked character
 * style per font role for run-in text such as a {@code （一）} heading opening a body paragraph.
 */
final class StyleSheet {
  static final String NORMAL = "Normal";
  static final String HEADER = "Header";
  static final String FOOTER = "Footer";
  /** Body line pitch in twips ({@link Spec#LINE_PITCH}). */
  static final int BODY_LINE = Twips.fromPt(Spec.LINE_PITCH);
  /** Title line pitch in twips ({@link Spec#TITLE_PITCH}). */
  static final int TITLE_LINE = Twips.fromPt(Spec.TITLE_PITCH);
  /** Single line spacing ({@code w:line} with rule auto is in 240ths of a line). */
  private static final int SINGLE = 240;

  private StyleSheet() {}

  /** The paragraph style for text whose main font role is {@code role}. */
  static String paragraphStyle(FontRole role) {
    return switch (role) {
      case TITLE -> "Title";
      case BODY -> "BodyText";
      case HEADING1 -> "Heading1";
      case HEADING2 -> "Heading2";
      case TABLE -> "TableText";
      case PAGE_NUMBER -> FOOTER;
    };
  }

  /** The character style that sets a run in {@code role} inside a paragraph of another role. */
  static String characterStyle(FontRole role) {
    return paragraphStyle(role) + "Char";
  }

  /** Replaces the document's styles part with this style sheet. */
  static void install(XWPFDocument doc, PageSetup page) {
    CTStyles styles = CTStyles.Factory.newInstance();
    defaults(styles);
    paragraph(styles, NORMAL, "Normal", null, FontRole.BODY);
    int spacing = Spec.LETTER_SPACING_TWIPS;
    body(styles, FontRole.TITLE, "Title", 0, null);
    body(styles, FontRole.BODY, "Body Text", Spec.INDENT_CHARS, null).getRPr().addNewSpacing()
        .setVal(BigInteger.valueOf(spacing));
    body(styles, FontRole.HEADING1, "heading 1", Spec.INDENT_CHARS, 0).getRPr().addNewSpacing()
        .setVal(BigInteger.valueOf(spacing));
    body(styles, FontRole.HEADING2, "heading 2", Spec.INDENT_CHARS, 1).getRPr().addNewSpacing()
        .setVal(BigInteger.valueOf(spacing));
    tableText(styles);
    headerFooter(styles, HEADER, "header", FontRole.BODY);
    headerFooter(styles, FOOTER, "footer", FontRole.PAGE_NUMBER);
    for (FontRole role : new FontRole[] {
        FontRole.TITLE, FontRole.BODY, FontRole.HEADING1, FontRole.HEADING2, FontRole.TABLE}) {
      character(styles, role);
    }
    doc.createStyles().setStyles(styles);
  }

  /*
   * The 28 characters a line come from the spec's letter spacing (Spec.LETTER_SPACING_TWIPS), not
   * from Word's character grid (docGrid linesAndChars with a negative charSpace): LibreOffice
   * gives each 16 pt glyph two grid cells of such a grid, doubling the text's width.
   */

  private static void defaults(CTStyles styles) {
    CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    font(rPr, FontSpec.of(FontRole.BODY));
    rPr.addNewLang().setEastAsia("zh-CN");
    styles.getDocDefaults().addNewPPrDefault().addNewPPr();
  }

  /** Title, body and heading styles: exact line pitch, justified, optional 2-char indent. */
  private static CTStyle body(CTStyles styles, FontRole role, String name, int indentChars,
      Integer outlineLevel) {
    CTStyle style = paragraph(styles, paragraphStyle(role), name, NORMAL, role);
    CTPPrGeneral pPr = style.getPPr();
    boolean title = role == FontRole.TITLE;
    lineSpacing(pPr, title ? TITLE_LINE : BODY_LINE, STLineSpacingRule.EXACT);
    pPr.addNewJc().setVal(title ? STJc.CENTER : STJc.BOTH);
    if (indentChars > 0) {
      pPr.addNewInd().setFirstLineChars(BigInteger.valueOf(indentChars * Twips.HUNDREDTHS));
      pPr.getInd().setFirstLine(BigInteger.valueOf((long) indentChars * Twips.BODY_CHAR));
    }
    if (outlineLevel != null) {
      pPr.addNewKeepNext();
      pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    if (title) {
      pPr.addNewSnapToGrid().setVal(false);
    }
    return style;
  }

  /** Table text: single spacing, no indent, off the document grid so rows stay compact. */
  private static void tableText(CTStyles styles) {
    CTStyle style = paragraph(styles, paragraphStyle(FontRole.TABLE), "Table Text", NORMAL,
        FontRole.TABLE);
    CTPPrGeneral pPr = style.getPPr();
    lineSpacing(pPr, SINGLE, STLineSpacingRule.AUTO);
    pPr.addNewJc().setVal(STJc.CENTER);
    pPr.addNewSnapToGrid().setVal(false);
  }

  private static void headerFooter(CTStyles styles, String id, String name, FontRole role) {
    CTStyle style = paragraph(styles, id, name, NORMAL, role);
    lineSpacing(style.getPPr(), SINGLE, STLineSpacingRule.AUTO);
    style.getPPr().addNewSnapToGrid().setVal(false);
  }

  private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn,
      FontRole role) {
    CTStyle style = styles.addNewStyle();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn == null) {
      style.setDefault(true);
    } else {
      style.addNewBasedOn().setVal(basedOn);
      style.addNewNext().setVal(id.equals("Title") || id.startsWith("Heading")
          ? paragraphStyle(FontRole.BODY) : id);
    }
    style.addNewQFormat();
    CTPPrGeneral pPr = style.addNewPPr();
    pPr.addNewSpacing().setBefore(BigInteger.ZERO);
    pPr.getSpacing().setAfter(BigInteger.ZERO);
    font(style.addNewRPr(), FontSpec.of(role));
    if (role != FontRole.PAGE_NUMBER && id.equals(paragraphStyle(role))) {
      style.addNewLink().setVal(characterStyle(role));
    }
    return style;
  }

  private static void character(CTStyles styles, FontRole role) {
    CTStyle style = styles.addNewStyle();
    style.setType(STStyleType.CHARACTER);
    style.setStyleId(characterStyle(role));
    style.addNewName().setVal(paragraphStyleName(role) + " Char");
    style.addNewLink().setVal(paragraphStyle(role));
    font(style.addNewRPr(), FontSpec.of(role));
  }

  private static String paragraphStyleName(FontRole role) {
    return switch (role) {
      case TITLE -> "Title";
      case HEADING1 -> "Heading 1";
      case HEADING2 -> "Heading 2";
      case TABLE -> "Table Text";
      default -> "Body Text";
    };
  }

  private static void lineSpacing(CTPPrGeneral pPr, int line, STLineSpacingRule.Enum rule) {
    pPr.getSpacing().setLine(BigInteger.valueOf(line));
    pPr.getSpacing().setLineRule(rule);
  }

  /** Sets the East Asian, Latin and size properties of a run. */
  static void font(CTRPr rPr, FontSpec spec) {
    CTFonts fonts = rPr.addNewRFonts();
    fonts.setEastAsia(spec.eastAsia());
    fonts.setAscii(spec.latin());
    fonts.setHAnsi(spec.latin());
    fonts.setCs(spec.latin());
    rPr.addNewSz().setVal(BigInteger.valueOf(spec.halfPoints()));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(spec.halfPoints()));
  }
}
