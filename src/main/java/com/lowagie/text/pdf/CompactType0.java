package com.lowagie.text.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * nianbao's (not OpenPDF's): writes the objects of a horizontal Identity-H Type 0 font whose
 * embedded program nianbao made, in place of OpenPDF's {@code TrueTypeFontUnicode.writeFont}:
 * the program stream, the descriptor (OpenPDF's), the CIDFont with its widths, the ToUnicode
 * CMap and the Type 0 font.
 *
 * <p>Two things differ from OpenPDF, both for batches: every stream is compressed by one
 * {@link Deflater} per thread, reset between uses (OpenPDF makes and ends a zlib stream for each,
 * and setting one up and tearing it down cost as much as a tenth of a report's PDF); and the
 * ToUnicode CMap lists the glyphs in glyph order, consecutive runs as ranges and the rest as single
 * codes (OpenPDF lists each glyph as a range of one, in hash order, which compresses worse).
 */
final class CompactType0 {
  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION));
  /** A CMap block holds at most 100 entries. */
  private static final int BLOCK = 100;
  private static final int TAG_LETTERS = 6;

  private CompactType0() {}

  /**
   * Writes the font's objects, the Type 0 font itself under {@code ref}.
   *
   * @param font     the font (horizontal, Identity-H)
   * @param used     glyph id → {glyph id, width, Unicode code point}, OpenPDF's record of the
   *                 glyphs a document drew
   * @param program  the embedded font program: for a CFF program, already a zlib stream
   * @param fontFile3Subtype the {@code /Subtype} of a CFF program ({@code CIDFontType0C}), or null
   *                 for a TrueType program ({@code /FontFile2})
   */
  static void write(TrueTypeFontUnicode font, PdfWriter writer, PdfIndirectReference ref,
      Map<Integer, int[]> used, byte[] program, String fontFile3Subtype) throws IOException {
    if (font.vertical) {
      throw new IOException("Only horizontal fonts are written compactly: " + font.fontName);
    }
    int[][] metrics = used.values().toArray(new int[0][]);
    Arrays.sort(metrics, Comparator.comparingInt(m -> m[0]));
    PdfStream stream = fontFile3Subtype != null ? flate(program) : compressed(program);
    String baseFont = fontFile3Subtype != null ? font.fontName + "-" + font.encoding : font.fontName;
    String tag = tag(baseFont, stream.getBytes());
    if (fontFile3Subtype != null) {
      stream.put(PdfName.SUBTYPE, new PdfName(fontFile3Subtype));
    } else {
      stream.put(PdfName.LENGTH1, new PdfNumber(program.length));
    }
    PdfIndirectReference programRef = writer.addToBody(stream).getIndirectReference();
    PdfIndirectReference descriptor =
        writer.addToBody(font.getFontDescriptor(programRef, tag, null)).getIndirectReference();
    baseFont = tag + baseFont;
    PdfIndirectReference cidFont =
        writer.addToBody(cidFont(baseFont, descriptor, metrics, fontFile3Subtype != null))
            .getIndirectReference();
    PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
    type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
    type0.put(PdfName.BASEFONT, new PdfName(baseFont));
    type0.put(PdfName.ENCODING, new PdfName(font.encoding));
    type0.put(PdfName.DESCENDANTFONTS, new PdfArray(cidFont));
    byte[] cmap = toUnicode(metrics);
    if (cmap != null) {
      type0.put(PdfName.TOUNICODE, writer.addToBody(compressed(cmap)).getIndirectReference());
    }
    writer.addToBody(type0, ref);
  }

  private static PdfDictionary cidFont(String baseFont, PdfIndirectReference descriptor,
      int[][] metrics, boolean cff) {
    PdfDictionary dic = new PdfDictionary(PdfName.FONT);
    dic.put(PdfName.SUBTYPE, cff ? PdfName.CIDFONTTYPE0 : PdfName.CIDFONTTYPE2);
    dic.put(PdfName.BASEFONT, new PdfName(baseFont));
    dic.put(PdfName.FONTDESCRIPTOR, descriptor);
    if (!cff) {
      dic.put(PdfName.CIDTOGIDMAP, PdfName.IDENTITY);
    }
    PdfDictionary system = new PdfDictionary();
    system.put(PdfName.REGISTRY, new PdfString("Adobe"));
    system.put(PdfName.ORDERING, new PdfString("Identity"));
    system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
    dic.put(PdfName.CIDSYSTEMINFO, system);
    dic.put(PdfName.DW, new PdfNumber(1000));
    String widths = widths(metrics);
    if (!widths.isEmpty()) {
      dic.put(PdfName.W, new PdfLiteral("[" + widths + "]"));
    }
    return dic;
  }

  /** The W array's entries for every glyph not 1000 units wide (the default width). */
  static String widths(int[][] metrics) {
    StringBuilder w = new StringBuilder();
    int last = -2;
    for (int[] m : metrics) {
      if (m[1] == 1000) {
        continue;
      }
      if (m[0] == last + 1) {
        w.append(' ').append(m[1]);
      } else {
        w.append(w.length() == 0 ? "" : "]").append(m[0]).append('[').append(m[1]);
      }
      last = m[0];
    }
    return w.length() == 0 ? "" : w.append(']').toString();
  }

  /**
   * The ToUnicode CMap of glyphs sorted by id, or null when none maps to a character. A run of
   * consecutive glyphs for consecutive characters (digits, Latin letters) becomes one range; a
   * range never crosses a change of the first byte, as the CMap syntax requires.
   */
  static byte[] toUnicode(int[][] metrics) {
    List<String> ranges = new ArrayList<>();
    List<String> singles = new ArrayList<>();
    int i = 0;
    while (i < metrics.length) {
      if (metrics[i].length < 3) { // a glyph drawn without a character
        i++;
        continue;
      }
      int end = runEnd(metrics, i);
      if (end > i) {
        ranges.add(hex(metrics[i][0]) + hex(metrics[end][0]) + hex(metrics[i][2]));
      } else {
        singles.add(hex(metrics[i][0]) + hex(Character.toChars(metrics[i][2])));
      }
      i = end + 1;
    }
    if (ranges.isEmpty() && singles.isEmpty()) {
      return null;
    }
    StringBuilder cmap = new StringBuilder(64 + 24 * (ranges.size() + singles.size()))
        .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
    blocks(cmap, singles, "bfchar");
    blocks(cmap, ranges, "bfrange");
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return cmap.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The last index of the run starting at {@code i}: glyph and BMP character both +1 each step. */
  private static int runEnd(int[][] metrics, int i) {
    int end = i;
    if (metrics[i][2] > 0xFFFF) {
      return end;
    }
    while (end + 1 < metrics.length && metrics[end + 1].length >= 3
        && metrics[end + 1][0] == metrics[end][0] + 1
        && metrics[end + 1][2] == metrics[end][2] + 1
        && (metrics[end + 1][0] >> 8) == (metrics[i][0] >> 8)
        && (metrics[end + 1][2] >> 8) == (metrics[i][2] >> 8)) {
      end++;
    }
    return end;
  }

  /** The entries as blocks of at most 100, as the CMap syntax requires. */
  private static void blocks(StringBuilder cmap, List<String> entries, String kind) {
    for (int from = 0; from < entries.size(); from += BLOCK) {
      List<String> block = entries.subList(from, Math.min(entries.size(), from + BLOCK));
      cmap.append(block.size()).append(" begin").append(kind).append('\n');
      block.forEach(entry -> cmap.append(entry).append('\n'));
      cmap.append("end").append(kind).append('\n');
    }
  }

  /** A 16-bit code as four hex digits in angle brackets. */
  private static String hex(int code) {
    return hex(new char[] {(char) code});
  }

  /** UTF-16 code units as hex in angle brackets (a character beyond the BMP is a pair). */
  private static String hex(char[] units) {
    char[] out = new char[2 + 4 * units.length];
    out[0] = '<';
    for (int u = 0; u < units.length; u++) {
      for (int d = 0; d < 4; d++) {
        out[1 + 4 * u + d] = Character.forDigit((units[u] >> (12 - 4 * d)) & 0xF, 16);
      }
    }
    out[out.length - 1] = '>';
    return new String(out);
  }

  /**
   * The subset tag ("ABCDEF+"): six capital letters from a CRC-32 of the font's name and its
   * compressed program, so that the same subset always gets the same tag and different subsets
   * of one file (almost surely) differ. Written here, not patched into the finished file,
   * because with object streams the font dictionaries are compressed.
   */
  static String tag(String name, byte[] program) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    crc.update('\n');
    crc.update(program);
    long value = crc.getValue();
    char[] tag = new char[TAG_LETTERS + 1];
    for (int i = TAG_LETTERS - 1; i >= 0; i--) {
      tag[i] = (char) ('A' + value % 26);
      value /= 26;
    }
    tag[TAG_LETTERS] = '+';
    return new String(tag);
  }

  /** A stream of data already compressed as a zlib stream. */
  private static PdfStream flate(byte[] zlib) {
    PdfStream stream = new PdfStream(zlib);
    stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
    return stream;
  }

  /** A Flate-compressed stream of {@code data}, by this thread's reused zlib stream. */
  private static PdfStream compressed(byte[] data) {
    Deflater deflater = DEFLATER.get();
    deflater.reset();
    deflater.setInput(data);
    deflater.finish();
    byte[] out = new byte[Math.max(64, data.length / 2)];
    int n = 0;
    while (!deflater.finished()) {
      if (n == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      n += deflater.deflate(out, n, out.length - n);
    }
    return flate(Arrays.copyOf(out, n));
  }
}
