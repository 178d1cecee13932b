package cn.nianbao.importer;

/** How text from a published file is compared with official labels: layout differences ignored. */
final class Labels {
  private Labels() {}

  /** Every label and heading text of the official tables, of both format versions, normalised. */
  private static final class Official {
    static final java.util.Set<String> TEXTS = texts();

    private static java.util.Set<String> texts() {
      java.util.Set<String> texts = new java.util.HashSet<>();
      for (cn.nianbao.model.FormatVersion v : cn.nianbao.model.FormatVersion.values()) {
        for (cn.nianbao.model.TableDefinition t : cn.nianbao.model.OfficialTables.definitions(v)) {
          t.grid().forEach(row -> row.stream().filter(c -> c.kind() != cn.nianbao.model.GridCell.Kind.VALUE)
              .forEach(c -> texts.add(norm(c.text()))));
          t.labels().values().forEach(l -> {
            texts.add(norm(l));
            texts.add(norm(withoutNote(l)));
          });
        }
      }
      return java.util.Set.copyOf(texts);
    }
  }

  /** Whether the text is a label or heading of an official table (either format version). */
  static boolean isOfficialLabel(String text) {
    return Official.TEXTS.contains(norm(text));
  }

  /**
   * The text without whitespace or invisible characters, half-width brackets, colons and digits
   * made full/half-width as the official labels write them, so that {@code (二)部分 公开} matches.
   */
  static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || c == 0x3000 || c == 0xA0 || Character.getType(c) == Character.FORMAT
          || Character.isISOControl(c)) {
        return;
      }
      b.appendCodePoint(switch (c) {
        case '(' -> '（';
        case ')' -> '）';
        case ':' -> '：';
        case ',' -> '，';
        case '．' -> '.';
        case '＋' -> '+';
        case '－', '−' -> '-';
        case '／' -> '/';
        default -> c >= '０' && c <= '９' ? c - '０' + '0' : c;
      });
    });
    return b.toString();
  }

  /**
   * Text as it will stand in the data file: invisible and control characters removed (the binder
   * refuses them), no-break and ideographic spaces at either end trimmed.
   */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c == 0xA0) {
        b.append(' ');
      } else if (Character.getType(c) != Character.FORMAT && !Character.isISOControl(c)) {
        b.appendCodePoint(c);
      }
    });
    return b.toString().strip();
  }

  /** The label without a trailing note in brackets: {@code （二）部分公开（区分处理的，…）} → {@code （二）部分公开}. */
  static String withoutNote(String label) {
    if (label.endsWith("）")) {
      int open = label.lastIndexOf('（');
      if (open > 0) {
        return label.substring(0, open);
      }
    }
    return label;
  }

  /**
   * Text whose lines were wrapped in the source (an HTML file's line breaks, a PDF's lines) joined
   * back: whitespace next to a Chinese character or full-width mark is dropped, as is a line end
   * after a mark where URLs and long numbers are broken ({@code / . - _ ? & = @}); elsewhere it
   * becomes one space.
   */
  static String unwrap(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == 0xA0) {
        int j = i;
        while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == 0xA0)) {
          j++;
        }
        boolean wideBefore = b.length() > 0 && wide(b.charAt(b.length() - 1));
        boolean wideAfter = j < s.length() && wide(s.charAt(j));
        boolean brokenWord = b.length() > 0 && s.substring(i, j).indexOf('\n') >= 0
            && "/.-_?&=@".indexOf(b.charAt(b.length() - 1)) >= 0;
        if (b.length() > 0 && j < s.length() && !wideBefore && !wideAfter && !brokenWord) {
          b.append(' ');
        }
        i = j;
        continue;
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }

  /** A Chinese character or a full-width mark, between which text is written without spaces. */
  static boolean wide(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2010 && c <= 0x206F;
  }
}
