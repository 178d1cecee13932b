package cn.nianbao.render.fonts.cff;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.CRC32;

/**
 * The CFF table of an OpenType font, read once: where its INDEXes and DICTs lie and, for each
 * glyph, its CID and font DICT. Nothing is copied from the file and no glyph is interpreted, so
 * reading costs a few arrays of glyph-count length, and of a memory-mapped file only the pages
 * of the tables read and the glyphs subset are loaded. Immutable and safe to share between
 * threads: the file is only read with absolute gets; callers must not change its bytes.
 */
public final class CffFont {
  private static final int FINGERPRINT_BYTES = 1 << 16;
  final ByteBuffer bytes;
  final int base;
  final int headerSize;
  final CffIndex names;
  final CffIndex topDicts;
  final CffDict top;
  final CffIndex strings;
  final CffIndex globalSubrs;
  final CffIndex charStrings;
  final boolean cidKeyed;
  /** The CID of each glyph (for a name-keyed font: its string id, unused). */
  final int[] cids;
  /** The font DICT of each glyph; all 0 for a name-keyed font. */
  final int[] fdOfGlyph;
  /** Per font DICT: the DICT itself (null for a name-keyed font), its Private DICT, local subrs. */
  final List<FontDict> fontDicts;
  /** True when the font has no subroutines, so that its charstrings can lose their hints. */
  private final boolean dropHints;
  /** Each glyph's charstring as subsets carry it, made on first use (every report needs it). */
  private final AtomicReferenceArray<byte[]> subsetCharStrings;
  /** The charstrings' Deflate codes, made on first use ({@link #subsetZlib}). */
  private volatile GlyphFlate flate;

  /**
   * One font DICT of a CID-keyed font, or the Top DICT's private part of a name-keyed one.
   *
   * @param dict    the font DICT, null for a name-keyed font
   * @param priv    the Private DICT
   * @param privFrom where the Private DICT starts
   * @param privTo  where it ends
   * @param subrs   the local subrs, or null
   */
  record FontDict(CffDict dict, CffDict priv, int privFrom, int privTo, CffIndex subrs) {}

  private CffFont(ByteBuffer bytes, int base) {
    this.bytes = bytes;
    this.base = base;
    headerSize = bytes.get(base + 2) & 0xff;
    names = CffIndex.read(bytes, base + headerSize);
    topDicts = CffIndex.read(bytes, names.to());
    top = CffDict.read(bytes, topDicts.start(0), topDicts.end(0));
    strings = CffIndex.read(bytes, topDicts.to());
    globalSubrs = CffIndex.read(bytes, strings.to());
    charStrings = CffIndex.read(bytes, base + top.get(CffDict.CHAR_STRINGS).intOperand(0));
    cidKeyed = top.get(CffDict.ROS) != null;
    int glyphs = charStrings.count();
    cids = charset(glyphs);
    fdOfGlyph = new int[glyphs];
    List<FontDict> fds = new ArrayList<>();
    if (cidKeyed) {
      CffIndex fdArray = CffIndex.read(bytes, base + top.get(CffDict.FD_ARRAY).intOperand(0));
      for (int i = 0; i < fdArray.count(); i++) {
        CffDict fd = CffDict.read(bytes, fdArray.start(i), fdArray.end(i));
        fds.add(fontDict(fd, fd.get(CffDict.PRIVATE)));
      }
      fdSelect(base + top.get(CffDict.FD_SELECT).intOperand(0));
    } else {
      fds.add(fontDict(null, top.get(CffDict.PRIVATE)));
    }
    fontDicts = List.copyOf(fds);
    dropHints = globalSubrs.count() == 0
        && fontDicts.stream().allMatch(fd -> fd.subrs() == null || fd.subrs().count() == 0);
    subsetCharStrings = new AtomicReferenceArray<>(glyphs);
  }

  /**
   * Reads the CFF table of an OpenType font file (big-endian, as a mapped or wrapped file is),
   * which is kept and read later by {@link #subset}.
   */
  public static CffFont of(ByteBuffer openType) {
    SfntDirectory dir = SfntDirectory.read(openType, 0);
    return new CffFont(openType, dir.offset("CFF "));
  }

  /** Reads the CFF table of an OpenType font file held in an array (never to be changed). */
  public static CffFont of(byte[] openType) {
    return of(ByteBuffer.wrap(openType));
  }

  /** True when the file is an OpenType font with CFF outlines. */
  public static boolean isCff(ByteBuffer openType) {
    return SfntDirectory.read(openType, 0).has("CFF ");
  }

  /** The number of glyphs. */
  public int glyphCount() {
    return charStrings.count();
  }

  /** True for a CID-keyed font. */
  public boolean cidKeyed() {
    return cidKeyed;
  }

  /** The glyph's CID in this font (CID-keyed fonts only). */
  public int cid(int glyph) {
    return cids[glyph];
  }

  /** The stored size of a glyph's charstring. */
  public int charStringLength(int glyph) {
    return charStrings.length(glyph);
  }

  /**
   * The size of what every subset of this font carries whole: header, name INDEX, Top DICT,
   * String INDEX, global subrs, and the Private DICTs and local subrs of the given font DICTs.
   */
  public int fixedSize(int[] fontDictIndexes) {
    int size = headerSize + names.size() + topDicts.length(0) + strings.size()
        + globalSubrs.size();
    for (int fd : fontDictIndexes) {
      FontDict d = fontDicts.get(fd);
      size += d.privTo() - d.privFrom() + (d.subrs() == null ? 0 : d.subrs().size());
    }
    return size;
  }

  /** The font DICT of a glyph. */
  public int fontDictOf(int glyph) {
    return fdOfGlyph[glyph];
  }

  /**
   * A CID-keyed font program of just these glyphs (glyph 0 is always added), each glyph's CID
   * being its glyph id here.
   */
  public byte[] subset(int[] glyphs) {
    return new CffSubset(this, glyphs).write();
  }

  /**
   * The same program as {@link #subset}, as a zlib stream (a PDF's FlateDecode data), made from
   * each glyph's Deflate codes coded once per process ({@link FlateSubset}).
   */
  public byte[] subsetZlib(int[] glyphs) {
    CffSubset subset = new CffSubset(this, glyphs);
    return FlateSubset.zlib(subset, subset.write(), this::flate);
  }

  private GlyphFlate flate() {
    GlyphFlate f = flate;
    if (f == null) {
      synchronized (this) {
        f = flate;
        if (f == null) {
          f = new GlyphFlate(this);
          flate = f;
        }
      }
    }
    return f;
  }

  /**
   * The glyph's charstring as a subset holds it: without hints in a font without subroutines (see
   * {@link CffSubset}), else as stored. Made once per process and glyph, then shared read-only:
   * rewriting the charstrings took a twentieth of a batch's time when every report did it again.
   */
  byte[] subsetCharString(int glyph) {
    byte[] made = subsetCharStrings.get(glyph);
    if (made == null) {
      made = copy(charStrings.start(glyph), charStrings.end(glyph));
      made = dropHints ? HintFreeCharstring.of(made) : made;
      subsetCharStrings.set(glyph, made); // two threads may both make it: the same bytes
    }
    return made;
  }

  /**
   * A CRC-32 of the start of the CFF table (header, names, DICTs, strings and the first
   * charstrings: up to 64 KB) with the glyph count, which tells the bundled fonts apart from
   * each other and from other fonts ({@link StoredCodes}).
   */
  long fingerprint() {
    CRC32 crc = new CRC32();
    int end = Math.min(bytes.limit(), base + FINGERPRINT_BYTES);
    crc.update(bytes.slice(base, end - base));
    crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(glyphCount()).array());
    return crc.getValue();
  }

  /** The stored bytes {@code [from, to)} of the file, copied. */
  byte[] copy(int from, int to) {
    byte[] b = new byte[to - from];
    bytes.get(from, b);
    return b;
  }

  private FontDict fontDict(CffDict fd, CffDict.Entry priv) {
    if (priv == null) {
      return new FontDict(fd, new CffDict(List.of()), 0, 0, null);
    }
    int size = priv.intOperand(0);
    int from = base + priv.intOperand(1);
    CffDict dict = CffDict.read(bytes, from, from + size);
    CffDict.Entry subrs = dict.get(CffDict.SUBRS);
    CffIndex local = subrs == null ? null : CffIndex.read(bytes, from + subrs.intOperand(0));
    return new FontDict(fd, dict, from, from + size, local);
  }

  private int[] charset(int glyphs) {
    int[] ids = new int[glyphs];
    CffDict.Entry e = top.get(CffDict.CHARSET);
    int offset = e == null ? 0 : e.intOperand(0);
    if (offset <= 2) { // a predefined charset: only for name-keyed fonts, whose ids are unused
      for (int g = 0; g < glyphs; g++) {
        ids[g] = g;
      }
      return ids;
    }
    int p = base + offset;
    int format = bytes.get(p++) & 0xff;
    int g = 1;
    if (format == 0) {
      for (; g < glyphs; g++, p += 2) {
        ids[g] = CffIndex.u16(bytes, p);
      }
      return ids;
    }
    while (g < glyphs) {
      int first = CffIndex.u16(bytes, p);
      int left = format == 1 ? bytes.get(p + 2) & 0xff : CffIndex.u16(bytes, p + 2);
      p += format == 1 ? 3 : 4;
      for (int i = 0; i <= left && g < glyphs; i++) {
        ids[g++] = first + i;
      }
    }
    return ids;
  }

  private void fdSelect(int p) {
    int format = bytes.get(p) & 0xff;
    if (format == 0) {
      for (int g = 0; g < fdOfGlyph.length; g++) {
        fdOfGlyph[g] = bytes.get(p + 1 + g) & 0xff;
      }
      return;
    }
    if (format != 3) {
      throw new IllegalArgumentException("Unknown CFF FDSelect format " + format);
    }
    int ranges = CffIndex.u16(bytes, p + 1);
    for (int r = 0; r < ranges; r++) {
      int at = p + 3 + 3 * r;
      int first = CffIndex.u16(bytes, at);
      int fd = bytes.get(at + 2) & 0xff;
      int next = CffIndex.u16(bytes, at + 3);
      for (int g = first; g < next && g < fdOfGlyph.length; g++) {
        fdOfGlyph[g] = fd;
      }
    }
  }
}
