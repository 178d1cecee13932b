package cn.nianbao.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** Read-back helpers for tests: styles and the font a run ends up with. */
final class Ooxml {
  /** The font of a run after resolving direct, character-style and paragraph-style properties. */
  record Font(String eastAsia, String ascii, String hAnsi, int halfPoints) {}

  private Ooxml() {}

  static CTStyle style(XWPFDocument doc, String id) {
    var style = doc.getStyles().getStyle(id);
    if (style == null) {
      throw new AssertionError("No style " + id);
    }
    return style.getCTStyle();
  }

  /** Resolves eastAsia/ascii/hAnsi fonts and size for a run, the way Word does for these files. */
  static Font font(XWPFDocument doc, XWPFParagraph p, XWPFRun run) {
    String[] f = new String[3];
    Integer[] sz = new Integer[1];
    CTRPr direct = run.getCTR().getRPr();
    if (direct != null) {
      take(direct, f, sz);
      if (direct.sizeOfRStyleArray() > 0) {
        takeStyleChain(doc, direct.getRStyleArray(0).getVal(), f, sz);
      }
    }
    takeStyleChain(doc, p.getStyle(), f, sz);
    var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
    if (f[0] == null) {
      f[0] = defaults.getRFontsArray(0).getEastAsia();
    }
    return new Font(f[0], f[1], f[2], sz[0]);
  }

  private static void takeStyleChain(XWPFDocument doc, String id, String[] f, Integer[] sz) {
    while (id != null) {
      CTStyle style = style(doc, id);
      if (style.getRPr() != null) {
        take(style.getRPr(), f, sz);
      }
      id = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
    }
  }

  /** Fills in whatever the more specific levels left unset (first non-null wins). */
  private static void take(CTRPr rPr, String[] f, Integer[] sz) {
    var fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : null;
    var size = rPr.sizeOfSzArray() > 0 ? rPr.getSzArray(0) : null;
    if (fonts != null) {
      f[0] = f[0] == null ? fonts.getEastAsia() : f[0];
      f[1] = f[1] == null ? fonts.getAscii() : f[1];
      f[2] = f[2] == null ? fonts.getHAnsi() : f[2];
    }
    if (size != null && sz[0] == null) {
      sz[0] = twips(size.getVal());
    }
  }

  /** A measure read back from OOXML (twips, half-points, …) as an int. */
  static int twips(Object measure) {
    return ((BigInteger) measure).intValue();
  }
}
