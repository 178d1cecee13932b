package cn.nianbao.render.pdf;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.FontRole;
import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.GlyphReport;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The sizes of the roles and a {@link FontSet}'s faces. Turns text into phrases whose characters
 * each sit in the first font of the role's fallback chain that has them.
 *
 * <p>Sharing is safe: a BaseFont only holds metrics; the glyphs a document uses are tracked by
 * each PdfWriter.
 */
final class PdfFonts {
  private final FontSet set;

  PdfFonts(FontSet set) {
    this.set = set;
  }

  /** The font set the phrases are made from. */
  FontSet set() {
    return set;
  }

  /** The nominal size of a role in points. */
  float size(FontRole role) {
    return (float) Spec.size(role);
  }

  /** The text in the role's font and size, black. */
  Phrase phrase(String text, FontRole role) {
    return phrase(text, role, size(role), Color.BLACK);
  }

  /**
   * The text as chunks: each character in the first face of the role's chain that has it (ASCII
   * letters and digits of body text in the Latin face). Line breaks and spaces stay in
   * the current chunk, so a font change never falls on them.
   *
   * @throws IllegalArgumentException naming every character that no font has
   */
  Phrase phrase(String text, FontRole role, float size, Color color) {
    Phrase phrase = new Phrase();
    phrase.setLeading(0); // callers set the leading on the paragraph or cell
    Set<String> missing = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    BaseFont current = set.primary(role).baseFont();
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int cp = text.codePointAt(i);
      BaseFont face = faceFor(cp, role, current);
      if (face == null) {
        missing.add(GlyphReport.describe(cp));
        continue;
      }
      if (face != current && run.length() > 0) {
        phrase.add(chunk(run, current, size, color));
        run.setLength(0);
      }
      current = face;
      run.appendCodePoint(cp);
    }
    if (!missing.isEmpty()) {
      // PdfRenderer checks the whole document first; this guards text added by the renderer.
      throw new IllegalArgumentException(
          "No font has a glyph for: " + String.join(", ", missing) + " in \"" + text + "\"");
    }
    if (run.length() > 0) {
      phrase.add(chunk(run, current, size, color));
    }
    return phrase;
  }

  private BaseFont faceFor(int cp, FontRole role, BaseFont current) {
    if (cp == '\n' || cp == '\r' || (cp == ' ' && current.charExists(cp))) {
      return current;
    }
    Face face = set.faceFor(cp, role);
    return face == null ? null : face.baseFont();
  }

  private static Chunk chunk(CharSequence text, BaseFont face, float size, Color color) {
    Chunk chunk = new Chunk(text.toString(), new Font(face, size, Font.NORMAL, color));
    chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
    return chunk;
  }

  /**
   * The role's primary font. Paragraphs need it as their own font: OpenPDF sets the spacing
   * before and after a paragraph as a blank in that font, which would otherwise be Helvetica.
   */
  Font font(FontRole role) {
    return new Font(set.primary(role).baseFont(), size(role));
  }

  /** Width of the text in points at the role's size, each character in the font used for it. */
  float width(String text, FontRole role) {
    float total = 0;
    for (Object o : phrase(text, role).getChunks()) {
      Chunk chunk = (Chunk) o;
      total += chunk.getFont().getBaseFont().getWidthPoint(chunk.getContent(), size(role));
    }
    return total;
  }
}
