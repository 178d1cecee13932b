package cn.nianbao.render.docx;

import cn.nianbao.document.FontRole;
import cn.nianbao.spec.Spec;

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
  private static final String EXACT = "exact";
  private static final String AUTO = "auto";

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

  /** The styles part ({@code word/styles.xml}). */
  static byte[] part() {
    Xml xml = new Xml("w:styles", "xmlns:w", SchemaOrder.WML);
    defaults(xml);
    paragraph(NORMAL, "Normal", null, FontRole.BODY).write(xml);
    body(FontRole.TITLE, "Title", 0, null).write(xml);
    body(FontRole.BODY, "Body Text", Spec.INDENT_CHARS, null).write(xml);
    body(FontRole.HEADING1, "heading 1", Spec.INDENT_CHARS, 0).write(xml);
    body(FontRole.HEADING2, "heading 2", Spec.INDENT_CHARS, 1).write(xml);
    tableText().write(xml);
    headerFooter(HEADER, "header", FontRole.BODY).write(xml);
    headerFooter(FOOTER, "footer", FontRole.PAGE_NUMBER).write(xml);
    for (FontRole role : new FontRole[] {
        FontRole.TITLE, FontRole.BODY, FontRole.HEADING1, FontRole.HEADING2, FontRole.TABLE}) {
      character(role).write(xml);
    }
    return xml.toBytes();
  }

  /*
   * The 28 characters a line come from the spec's letter spacing (Spec.LETTER_SPACING_TWIPS), not
   * from Word's character grid (docGrid linesAndChars with a negative charSpace): LibreOffice
   * gives each 16 pt glyph two grid cells of such a grid, doubling the text's width.
   */

  private static void defaults(Xml xml) {
    xml.start("w:docDefaults").start("w:rPrDefault");
    font(new Props("rPr"), FontSpec.of(FontRole.BODY)).add("lang", "w:eastAsia", "zh-CN")
        .write(xml);
    // overflowPunct states Word's own default (a closing mark may hang past the line's end).
    // LibreOffice reads it the wrong way round (on: no hanging), and that is what we want from
    // it: with the spec's negative letter spacing it neither draws nor exports a mark it hangs.
    xml.end().start("w:pPrDefault").start("w:pPr").leaf("w:overflowPunct").end().end().end();
  }

  /**
   * Title, body and heading styles: exact line pitch, justified, optional 2-char indent; the body
   * and headings with the spec's letter spacing.
   */
  private static Props body(FontRole role, String name, int indentChars, Integer outlineLevel) {
    boolean title = role == FontRole.TITLE;
    Props pPr = spacing(title ? TITLE_LINE : BODY_LINE, EXACT)
        .add("jc", "w:val", title ? "center" : "both");
    if (indentChars > 0) {
      pPr.add("ind", "w:firstLineChars", Integer.toString(indentChars * Twips.HUNDREDTHS),
          "w:firstLine", Integer.toString(indentChars * Twips.BODY_CHAR));
    }
    if (outlineLevel != null) {
      pPr.add("keepNext").add("outlineLvl", "w:val", outlineLevel.toString());
    }
    if (title) {
      pPr.add("snapToGrid", "w:val", "false");
    }
    Props rPr = font(new Props("rPr"), FontSpec.of(role));
    if (!title) {
      rPr.add("spacing", "w:val", Integer.toString(Spec.LETTER_SPACING_TWIPS));
    }
    return paragraph(paragraphStyle(role), name, NORMAL, role, pPr, rPr);
  }

  /** Table text: single spacing, no indent, off the document grid so rows stay compact. */
  private static Props tableText() {
    Props pPr = spacing(SINGLE, AUTO).add("jc", "w:val", "center")
        .add("snapToGrid", "w:val", "false");
    return paragraph(paragraphStyle(FontRole.TABLE), "Table Text", NORMAL, FontRole.TABLE, pPr,
        font(new Props("rPr"), FontSpec.of(FontRole.TABLE)));
  }

  private static Props headerFooter(String id, String name, FontRole role) {
    Props pPr = spacing(SINGLE, AUTO).add("snapToGrid", "w:val", "false");
    return paragraph(id, name, NORMAL, role, pPr, font(new Props("rPr"), FontSpec.of(role)));
  }

  private static Props paragraph(String id, String name, String basedOn, FontRole role) {
    Props pPr = new Props("pPr").add("spacing", "w:before", "0", "w:after", "0");
    return paragraph(id, name, basedOn, role, pPr, font(new Props("rPr"), FontSpec.of(role)));
  }

  private static Props paragraph(String id, String name, String basedOn, FontRole role,
      Props pPr, Props rPr) {
    Props style = basedOn == null
        ? new Props("style", "w:type", "paragraph", "w:styleId", id, "w:default", "true")
        : new Props("style", "w:type", "paragraph", "w:styleId", id);
    style.add("name", "w:val", name);
    if (basedOn != null) {
      style.add("basedOn", "w:val", basedOn);
      style.add("next", "w:val", id.equals("Title") || id.startsWith("Heading")
          ? paragraphStyle(FontRole.BODY) : id);
    }
    style.add("qFormat");
    if (role != FontRole.PAGE_NUMBER && id.equals(paragraphStyle(role))) {
      style.add("link", "w:val", characterStyle(role));
    }
    return style.add(pPr).add(rPr);
  }

  private static Props character(FontRole role) {
    return new Props("style", "w:type", "character", "w:styleId", characterStyle(role))
        .add("name", "w:val", paragraphStyleName(role) + " Char")
        .add("link", "w:val", paragraphStyle(role))
        .add(font(new Props("rPr"), FontSpec.of(role)));
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

  /** Paragraph properties with no space before or after and the given line spacing. */
  private static Props spacing(int line, String rule) {
    return new Props("pPr").add("spacing", "w:before", "0", "w:after", "0",
        "w:line", Integer.toString(line), "w:lineRule", rule);
  }

  /** Adds the East Asian, Latin and size properties of a run to {@code rPr}. */
  static Props font(Props rPr, FontSpec spec) {
    String size = Integer.toString(spec.halfPoints());
    return rPr.add("rFonts", "w:eastAsia", spec.eastAsia(), "w:ascii", spec.latin(),
            "w:hAnsi", spec.latin(), "w:cs", spec.latin())
        .add("sz", "w:val", size).add("szCs", "w:val", size);
  }
}
