package cn.nianbao.render.pdf;

import cn.nianbao.document.FontRole;
import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The bundled fonts, parsed once and shared: one {@link BaseFont} per role plus the fallback.
 * Turns text into phrases whose characters each sit in a font that has them.
 *
 * <p>Sharing is safe: a BaseFont only holds metrics; the glyphs a document uses are tracked by
 * each PdfWriter.
 */
final class PdfFonts {
  private static final String FALLBACK = "NotoSerifCJKsc-Regular.otf";

  private final Map<FontRole, BaseFont> faces = new EnumMap<>(FontRole.class);
  private final Map<String, BaseFont> byFile = new HashMap<>();
  private final Map<FontRole, Float> sizes = new EnumMap<>(FontRole.class);
  private final BaseFont fallback;

  private PdfFonts() {
    put(FontRole.TITLE, "FandolSong-Bold.otf", 22f);
    put(FontRole.BODY, "FandolFang-Regular.otf", 16f);
    put(FontRole.HEADING1, "FandolHei-Regular.otf", 16f);
    put(FontRole.HEADING2, "FandolKai-Regular.otf", 16f);
    put(FontRole.TABLE, "FandolSong-Regular.otf", 10.5f);
    put(FontRole.PAGE_NUMBER, "FandolSong-Regular.otf", 14f);
    fallback = load(FALLBACK);
  }

  /** The process-wide instance, loaded on first use (parsing ~55 MB of fonts takes a moment). */
  static PdfFonts shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final PdfFonts INSTANCE = new PdfFonts();
  }

  private void put(FontRole role, String file, float size) {
    // TABLE and PAGE_NUMBER share FandolSong: reuse the parsed face, so it is embedded once.
    faces.put(role, byFile.computeIfAbsent(file, PdfFonts::load));
    sizes.put(role, size);
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font /fonts/" + file + " is not on the classpath");
      }
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + file, e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot parse font " + file, e);
    }
  }

  /** The nominal size of a role in points. */
  float size(FontRole role) {
    return sizes.get(role);
  }

  /** The text in the role's font and size, black. */
  Phrase phrase(String text, FontRole role) {
    return phrase(text, role, size(role), Color.BLACK);
  }

  /**
   * The text as chunks: each character in the role's font when it has the glyph, otherwise in
   * the fallback font. Line breaks stay in the current chunk.
   *
   * @throws IllegalArgumentException naming every character that no bundled font has
   */
  Phrase phrase(String text, FontRole role, float size, Color color) {
    BaseFont primary = faces.get(role);
    Phrase phrase = new Phrase();
    phrase.setLeading(0); // callers set the leading on the paragraph or cell
    Set<String> missing = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    BaseFont current = primary;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int cp = text.codePointAt(i);
      BaseFont face = faceFor(cp, primary, current);
      if (face == null) {
        missing.add(String.format("%s (U+%04X)", Character.toString(cp), cp));
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
      throw new IllegalArgumentException(
          "No bundled font has a glyph for: " + String.join(", ", missing) + " in \"" + text + "\"");
    }
    if (run.length() > 0) {
      phrase.add(chunk(run, current, size, color));
    }
    return phrase;
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
    return new Font(faces.get(role), size(role));
  }

  private BaseFont faceFor(int cp, BaseFont primary, BaseFont current) {
    if (cp == '\n' || cp == '\r') {
      return current;
    }
    if (primary.charExists(cp)) {
      return primary;
    }
    return fallback.charExists(cp) ? fallback : null;
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
