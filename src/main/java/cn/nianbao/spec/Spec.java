package cn.nianbao.spec;

import cn.nianbao.document.FontRole;
import java.util.List;

/**
 * The one typographic spec of the report (GB/T 9704-2012 and common practice): sizes, pitches,
 * characters a line, letter spacing, fonts by role, spacing and keep rules, the draft mark, the
 * line-breaking classes (禁则) and the character-width model. The typesetter and every renderer
 * take their figures from here; no other class of the project defines a typographic figure (a
 * test scans the sources).
 *
 * <p>Lengths are in points unless the name says otherwise.
 */
public final class Spec {
  private Spec() {}

  // ---- units ----------------------------------------------------------------------------------

  /** Points in a millimetre. */
  public static final double PT_PER_MM = 72 / 25.4;
  /** Twentieths of a point (twips) in a point: the DOCX's unit of lengths. */
  public static final int TWIPS_PER_PT = 20;

  // ---- grid -----------------------------------------------------------------------------------

  /** GB/T 9704 §5.2.2: 22 lines a page. */
  public static final int LINES_PER_PAGE = 22;
  /** GB/T 9704 §5.2.2: 28 characters a line. */
  public static final int CHARS_PER_LINE = 28;
  /**
   * Body line pitch: 579 twips, the whole twips below 225 mm / 22 lines (28.99 pt), so that the
   * DOCX's exact line spacing and the PDF's baselines are the same number.
   */
  public static final double LINE_PITCH = 28.95;
  /** Title line pitch (practice: a 二号 glyph needs more than the body pitch). */
  public static final double TITLE_PITCH = 35;
  /** Empty body lines between the title and the first line of text. */
  public static final int LINES_AFTER_TITLE = 1;
  /** The body's first-line indent, in body characters. */
  public static final int INDENT_CHARS = 2;

  /**
   * Letter spacing of body text: −0.25 pt = −5 twips, the value the DOCX can write exactly
   * ({@code w:spacing} counts twentieths of a point). 28 characters of 16 pt overflow the 156 mm
   * (442.2 pt) line by 5.8 pt; −5 twips a character brings 28 to 441 pt, the nearest whole twip
   * that still fits (−4 twips would overflow by 1.6 pt). The PDF and the preview set a line that
   * is filled with the spacing that makes it end exactly at the right edge (−0.215 pt over 27
   * gaps): within 0.05 pt of this value, and the lines that end a paragraph with this value.
   */
  public static final int LETTER_SPACING_TWIPS = -5;
  /** {@link #LETTER_SPACING_TWIPS} in points. */
  public static final double LETTER_SPACING = (double) LETTER_SPACING_TWIPS / TWIPS_PER_PT;
  /** How far a filled line's letter spacing may differ from {@link #LETTER_SPACING}. */
  public static final double LETTER_SPACING_TOLERANCE = 0.5;

  // ---- keeps and spacing ----------------------------------------------------------------------

  /** Body lines a heading needs below itself on its page, so it is never left alone at the foot. */
  public static final int HEADING_KEEP_LINES = 2;
  /** Space before a heading that follows a table: half a body line. */
  public static final double AFTER_TABLE = LINE_PITCH / 2;
  /**
   * Row groups up to this many rows (e.g. table 三's （三）不予公开, 8 rows) stay on one page in
   * the DOCX; longer ones may break.
   */
  public static final int KEEP_GROUP_ROWS = 10;
  /** Body lines the closing block keeps with: the last line of the text before it. */
  public static final int CLOSING_KEEP_LINES = 1;

  // ---- closing block (GB/T 9704 §7.3.5.2) ------------------------------------------------------

  /** The signature (or a longer date) is set 右空二字. */
  public static final double CLOSING_RIGHT_CHARS = 2;
  /** The date starts two characters right of the signature's start. */
  public static final double CLOSING_DATE_OFFSET_CHARS = 2;
  /** Empty body lines between the text and the signature. */
  public static final int LINES_BEFORE_CLOSING = 1;

  // ---- tables ---------------------------------------------------------------------------------

  /**
   * Where the baseline sits below the top of a one-em line box: the ideographic em box of Fandol
   * and the common Chinese fonts (ascender 0.88 em, descender 0.12 em). The preview places a line
   * of {@code line-height: 1} this far above its baseline.
   */
  public static final double ASCENT_EM = 0.88;

  /** Cell rules. */
  public static final double TABLE_BORDER = 0.5;
  /** DOCX border size in eighths of a point ({@code w:sz} of a border). */
  public static final int TABLE_BORDER_EIGHTHS = (int) Math.round(TABLE_BORDER * 8);
  /** Padding inside a cell, all sides, in the PDF and the preview. */
  public static final double CELL_PADDING = 2.5;
  /** DOCX cell margins left and right: 0.1 cm, so 15 narrow columns hold two characters a line. */
  public static final double CELL_MARGIN_MM = 1;
  /** Line pitch in table cells, as a multiple of the table size. */
  public static final double CELL_LEADING = 1.2;
  /**
   * Where a cell line's baseline sits below the top of its line box, in ems of the table size:
   * the ideographic em box centred in the line's leading (ascender 0.88 em of Fandol and the
   * common Chinese fonts).
   */
  public static final double CELL_BASELINE_EM = (CELL_LEADING - 1) / 2 + ASCENT_EM;
  /** Space above and below a table, clear of the descenders of the line above. */
  public static final double TABLE_GAP = 6;

  // ---- page number (GB/T 9704 §7.5) -----------------------------------------------------------

  /** The 一字线 of the page number sits 7 mm below the type area. */
  public static final double PAGE_NUMBER_DROP_MM = 7;
  /** The page number is 右空一字 on odd pages, 左空一字 on even pages (one body character). */
  public static final double PAGE_NUMBER_SIDE_CHARS = 1;
  /** CJK em dashes sit about 0.38 em above the baseline (middle of the ideographic em box). */
  public static final double DASH_HEIGHT_EM = 0.38;
  /** DOCX header distance from the top edge. */
  public static final double HEADER_MM = 15;

  /** The page number's text: {@code — N —}. */
  public static String pageNumber(int page) {
    return "\u2014 " + page + " \u2014";
  }

  // ---- draft mark -----------------------------------------------------------------------------

  /** The line on every page of a draft (DOCX header, PDF top margin, preview banner). */
  public static final String DRAFT_NOTE = "草稿（未经核对，不得发布）";
  /** The preview's window title of a draft starts with this. */
  public static final String DRAFT_TITLE_PREFIX = "【草稿】";
  /** The diagonal watermark of a draft's pages. */
  public static final String DRAFT_WATERMARK = "草稿";
  /** Watermark size. */
  public static final double DRAFT_WATERMARK_SIZE = 120;
  /** How far the watermark's baseline sits below the page's centre. */
  public static final double DRAFT_WATERMARK_DROP = 40;
  /** Watermark angle, counter-clockwise. */
  public static final double DRAFT_WATERMARK_ANGLE = 45;
  /** Draft note size (五号). */
  public static final double DRAFT_NOTE_SIZE = 10.5;
  /** The draft note's baseline, above the type area. */
  public static final double DRAFT_NOTE_RISE_MM = 12;
  /** Watermark grey, RGB. */
  public static final int DRAFT_WATERMARK_RGB = 0xD8D8D8;
  /** Draft note red, RGB. */
  public static final int DRAFT_NOTE_RGB = 0x990000;
  /** The DOCX's draft header red, RGB. */
  public static final int DRAFT_HEADER_RGB = 0xFF0000;

  // ---- font roles -----------------------------------------------------------------------------

  /** The role's size in points (GB/T 9704: 二号 22, 三号 16, 四号 14, 五号 10.5). */
  public static double size(FontRole role) {
    return switch (role) {
      case TITLE -> 22;
      case BODY, HEADING1, HEADING2 -> 16;
      case TABLE -> 10.5;
      case PAGE_NUMBER -> 14;
    };
  }

  /** The role's size in half-points (the DOCX's {@code w:sz}). */
  public static int halfPoints(FontRole role) {
    return (int) Math.round(size(role) * 2);
  }

  /**
   * The official font names of a role, best first: the name the DOCX declares, its English name
   * and the accepted substitutes. Tables are set in 仿宋 like the body in both DOCX and PDF: the
   * official tables are commonly set so, and one face keeps the digits of text and tables alike.
   */
  public static List<String> officialNames(FontRole role) {
    return switch (role) {
      case TITLE -> List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK",
          "FZXiaoBiaoSong-B05");
      case BODY, TABLE -> List.of("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong");
      case HEADING1 -> List.of("黑体", "SimHei");
      case HEADING2 -> List.of("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi");
      case PAGE_NUMBER -> List.of("宋体", "SimSun");
    };
  }

  /** The bundled free font (a file under {@code fonts/}) that stands in for the role's font. */
  public static String standIn(FontRole role) {
    return switch (role) {
      case TITLE -> "FandolSong-Bold.otf";
      case BODY, TABLE -> "FandolFang-Regular.otf";
      case HEADING1 -> "FandolHei-Regular.otf";
      case HEADING2 -> "FandolKai-Regular.otf";
      case PAGE_NUMBER -> "FandolSong-Regular.otf";
    };
  }

  /** The last bundled fallback of every role, for characters outside GB2312. */
  public static final String FALLBACK_FONT = "NotoSerifCJKsc-Regular.otf";
  /** The bundled Latin face, when Times New Roman is not installed. */
  public static final String LATIN_STAND_IN = "LiberationSerif-Regular.ttf";
  /** GB/T 9704 practice sets digits and Latin letters of body text in Times New Roman. */
  public static final List<String> LATIN_NAMES = List.of("Times New Roman", "TimesNewRomanPSMT");

  /** The DOCX's Latin font of a role: Times New Roman for body and tables, else its own font. */
  public static String docxLatin(FontRole role) {
    return role == FontRole.BODY || role == FontRole.TABLE ? LATIN_NAMES.get(0)
        : officialNames(role).get(0);
  }

  /**
   * Roles whose ASCII letters and digits go in the Latin face in the PDF and the preview: body
   * text only. Tables keep their digits in the CJK face, whose wider figures the table column
   * widths were fitted to.
   */
  public static boolean usesLatin(FontRole role) {
    return role == FontRole.BODY;
  }

  /** The preview's CSS font stack of a role: the official names, then platform look-alikes. */
  public static List<String> cssFamilies(FontRole role) {
    List<String> extra = switch (role) {
      case TITLE -> List.of("华文中宋", "STZhongsong", "serif");
      case BODY, TABLE -> List.of("STFangsong", "serif");
      case HEADING1 -> List.of("STHeiti", "sans-serif");
      case HEADING2 -> List.of("STKaiti", "serif");
      case PAGE_NUMBER -> List.of("serif");
    };
    return concat(officialNames(role), extra);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  // ---- line breaking (禁则) and character widths -----------------------------------------------

  /**
   * Full-width closing marks whose ink sits in the left half of the em box: one squeezed in at
   * the end of a full line is set half-width (行末点号半角), its empty right half past the margin,
   * so that the line need not give up a character to it nor be spaced out of the tolerance.
   */
  public static final String HALF_AT_LINE_END = "、，。．；：？！）》」』】〕〉”’";
  /** The part of a {@link #HALF_AT_LINE_END} mark's advance that may pass the margin. */
  public static final double HANG = 0.5;

  /** Characters that may not start a line (closing punctuation, 避头). */
  public static final String NO_LINE_START = "、，。．；：？！）》」』】〕〉”’…—·%‰℃,.;:?!)]}";
  /** Characters that may not end a line (opening punctuation, 避尾). */
  public static final String NO_LINE_END = "（《「『【〔〈“‘([{";
  /** Inside a URL or e-mail address a line may end after one of these. */
  public static final String URL_BREAK_AFTER = "/.-_?&=@";
  /** A run of word characters at least this long may break after a hyphen (long digit groups). */
  public static final int LONG_TOKEN = 12;

  /** Width of a character in ems of its size, for layouts measured without a font (title, closing). */
  public static double emWidth(int codePoint) {
    return codePoint < 0x80 ? 0.5 : 1;
  }

  /** Width of the text in ems ({@link #emWidth}). */
  public static double emWidth(CharSequence text) {
    return text.codePoints().mapToDouble(Spec::emWidth).sum();
  }

  /** Rounding slack when comparing measured widths. */
  public static final double MEASURE_SLACK = 0.01;

  /** Letters, digits and the signs inside numbers, addresses and Latin words. */
  public static boolean isWordChar(char c) {
    return c > ' ' && c < 0x7F || c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'ｚ';
  }
}
