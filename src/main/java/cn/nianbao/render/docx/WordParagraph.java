package cn.nianbao.render.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code w:p} being put together: its style and properties and its runs. The writer keeps
 * the last body paragraph open until the next block starts, so that a later block (the closing)
 * can still keep it with the next one; then {@link #write} emits it.
 */
final class WordParagraph {
  /** A run: its text ({@code '\n'} is a line break) and its properties, if any. */
  private record Text(String text, Props rPr) {}

  private final Props pPr = new Props("pPr");
  private final List<Text> runs = new ArrayList<>();
  private boolean keepNext;
  private boolean written;

  /** A paragraph in the named paragraph style. */
  WordParagraph(String style) {
    pPr.add("pStyle", "w:val", style);
  }

  /** Adds a paragraph property ({@code w:jc}, {@code w:ind}, …) as name/value pairs. */
  WordParagraph property(String name, String... attributes) {
    pPr.add(name, attributes);
    return this;
  }

  /** Keeps the paragraph on the same page as the next one; asking twice is asking once. */
  WordParagraph keepWithNext() {
    if (written) {
      throw new IllegalStateException("paragraph already written");
    }
    if (!keepNext) {
      keepNext = true;
      pPr.add("keepNext");
    }
    return this;
  }

  /** Appends a run in the given character style, or in the paragraph's style for {@code null}. */
  WordParagraph text(String text, String characterStyle) {
    Props rPr = null;
    if (characterStyle != null) {
      rPr = new Props("rPr").add("rStyle", "w:val", characterStyle);
    }
    return text(text, rPr);
  }

  /** Appends a run with direct run properties ({@code null} for none). */
  WordParagraph text(String text, Props rPr) {
    runs.add(new Text(text, rPr));
    return this;
  }

  void write(Xml xml) {
    written = true;
    xml.start("w:p");
    pPr.write(xml);
    for (Text run : runs) {
      run(xml, run.text(), run.rPr());
    }
    xml.end();
  }

  /**
   * One run; each {@code '\n'} becomes a line break ({@code w:br}) inside it, and an empty line
   * writes no {@code w:t}.
   */
  static void run(Xml xml, String text, Props rPr) {
    xml.start("w:r");
    if (rPr != null) {
      rPr.write(xml);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        xml.leaf("w:br");
      }
      if (!lines[i].isEmpty()) {
        xml.start("w:t").attr("xml:space", "preserve").text(lines[i]).end();
      }
    }
    xml.end();
  }
}
