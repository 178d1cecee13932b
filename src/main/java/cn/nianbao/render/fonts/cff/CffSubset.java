package cn.nianbao.render.fonts.cff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a CID-keyed CFF font program holding only some glyphs of a {@link CffFont}: their
 * charstrings in glyph-id order, each glyph's CID being its glyph id in the
 * source (so Identity-H codes that are source glyph ids keep working), and the source's global
 * subrs and the used font DICTs' Private DICTs and local subrs copied whole (charstrings call into
 * them by index). A name-keyed source becomes CID-keyed (registry Adobe, ordering Identity) with
 * one font DICT. Layout: header, Name INDEX, Top DICT INDEX, String INDEX, global subrs, charset,
 * FDSelect, CharStrings, FDArray, then each Private DICT followed by its subrs.
 *
 * <p>Charstrings lose their hints ({@link HintFreeCharstring}) only in a font without any
 * subroutines: there a charstring holds all its hints itself, whereas in a font with subroutines
 * a hint may sit inside a subroutine shared by many glyphs and a hintmask's length depends on the
 * stems its caller declared, so removing hints would need every caller rewritten together. Such
 * fonts keep their charstrings byte for byte.
 */
final class CffSubset {
  private static final int[] REWRITTEN = {CffDict.ROS, CffDict.CHARSET, CffDict.ENCODING,
      CffDict.CHAR_STRINGS, CffDict.PRIVATE, CffDict.FD_ARRAY, CffDict.FD_SELECT,
      CffDict.CID_COUNT};
  /** Standard strings take SIDs 0..390; the String INDEX starts at 391. */
  private static final int FIRST_SID = 391;
  /** An offset written as a 5-byte integer, so that sizes are known before offsets. */
  private static final int INT5 = 5;

  private final CffFont font;
  /** The glyphs of the subset, sorted, glyph 0 first. */
  final int[] glyphs;
  /** Source font DICT index of each new one, and the new index of each source one (or -1). */
  private final int[] usedFds;
  private final int[] newFd;
  /** Where the charstrings' data lies in the program {@link #write} made: [from, to). */
  private int charStringDataFrom;
  private int charStringDataTo;

  CffSubset(CffFont font, int[] wanted) {
    this.font = font;
    this.glyphs = glyphSet(wanted, font.glyphCount());
    this.newFd = new int[font.fontDicts.size()];
    Arrays.fill(newFd, -1);
    int n = 0;
    for (int g : glyphs) {
      int fd = font.fdOfGlyph[g];
      if (newFd[fd] < 0) {
        newFd[fd] = n++;
      }
    }
    usedFds = new int[n];
    for (int fd = 0; fd < newFd.length; fd++) {
      if (newFd[fd] >= 0) {
        usedFds[newFd[fd]] = fd;
      }
    }
  }

  /** The glyphs sorted, without duplicates, glyph 0 ({@code .notdef}) first. */
  private static int[] glyphSet(int[] wanted, int count) {
    int[] all = Arrays.copyOf(wanted, wanted.length + 1);
    all[wanted.length] = 0;
    int[] sorted = Arrays.stream(all).distinct().sorted().toArray();
    for (int g : sorted) {
      if (g < 0 || g >= count) {
        throw new IllegalArgumentException("No glyph " + g + " in a font of " + count);
      }
    }
    return sorted;
  }

  byte[] write() {
    byte[] strings = strings();
    byte[][] privates = new byte[usedFds.length][];
    for (int i = 0; i < usedFds.length; i++) {
      privates[i] = privateDict(font.fontDicts.get(usedFds[i]));
    }
    byte[] charStrings = charStrings();
    byte[] charset = charset();
    byte[] fdSelect = fdSelect();
    int topSize = index(new byte[][] {topDict(0, 0, 0, 0)}).length;
    int charsetAt = font.headerSize + font.names.size() + topSize + strings.length
        + font.globalSubrs.size();
    int fdSelectAt = charsetAt + charset.length;
    int charStringsAt = fdSelectAt + fdSelect.length;
    int fdArrayAt = charStringsAt + charStrings.length;
    int fdArraySize = index(fdArray(privates, 0)).length;
    byte[] fdArray = index(fdArray(privates, fdArrayAt + fdArraySize));
    charStringDataTo = fdArrayAt;
    charStringDataFrom = fdArrayAt;
    for (int g : glyphs) {
      charStringDataFrom -= font.subsetCharString(g).length;
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream(fdArrayAt + fdArraySize
        + Arrays.stream(privates).mapToInt(p -> p.length).sum());
    out.writeBytes(font.copy(font.base, font.base + font.headerSize));
    out.writeBytes(font.copy(font.names.from(), font.names.to()));
    out.writeBytes(index(new byte[][] {topDict(charsetAt, fdSelectAt, charStringsAt, fdArrayAt)}));
    out.writeBytes(strings);
    out.writeBytes(font.copy(font.globalSubrs.from(), font.globalSubrs.to()));
    out.writeBytes(charset);
    out.writeBytes(fdSelect);
    out.writeBytes(charStrings);
    out.writeBytes(fdArray);
    for (int i = 0; i < usedFds.length; i++) {
      out.writeBytes(privates[i]);
      CffIndex subrs = font.fontDicts.get(usedFds[i]).subrs();
      if (subrs != null) {
        out.writeBytes(font.copy(subrs.from(), subrs.to()));
      }
    }
    return out.toByteArray();
  }

  /** Where the program {@link #write} made has its first charstring's first byte. */
  int charStringDataFrom() {
    return charStringDataFrom;
  }

  /** Where the program {@link #write} made has the byte after its last charstring. */
  int charStringDataTo() {
    return charStringDataTo;
  }

  /** The source's String INDEX; a name-keyed source's gets "Adobe" and "Identity" for its ROS. */
  private byte[] strings() {
    if (font.cidKeyed) {
      return font.copy(font.strings.from(), font.strings.to());
    }
    int n = font.strings.count();
    byte[][] items = new byte[n + 2][];
    for (int i = 0; i < n; i++) {
      items[i] = font.copy(font.strings.start(i), font.strings.end(i));
    }
    items[n] = "Adobe".getBytes(StandardCharsets.US_ASCII);
    items[n + 1] = "Identity".getBytes(StandardCharsets.US_ASCII);
    return index(items);
  }

  private byte[] topDict(int charset, int fdSelect, int charStrings, int fdArray) {
    ByteArrayOutputStream d = new ByteArrayOutputStream();
    CffDict top = font.top;
    if (font.cidKeyed) {
      d.writeBytes(top.get(CffDict.ROS).raw()); // ROS must come first
    } else {
      int sid = FIRST_SID + font.strings.count();
      int5(d, sid);
      int5(d, sid + 1);
      int5(d, 0);
      op(d, CffDict.ROS);
    }
    d.writeBytes(top.without(REWRITTEN));
    CffDict.Entry cidCount = top.get(CffDict.CID_COUNT);
    if (cidCount != null) {
      d.writeBytes(cidCount.raw());
    } else if (!font.cidKeyed) {
      int5(d, font.glyphCount());
      op(d, CffDict.CID_COUNT);
    }
    offset(d, charset, CffDict.CHARSET);
    offset(d, fdSelect, CffDict.FD_SELECT);
    offset(d, charStrings, CffDict.CHAR_STRINGS);
    offset(d, fdArray, CffDict.FD_ARRAY);
    return d.toByteArray();
  }

  /** Format 0: the CID of each glyph after .notdef, which is its glyph id in the source. */
  private byte[] charset() {
    byte[] b = new byte[1 + 2 * (glyphs.length - 1)];
    for (int i = 1; i < glyphs.length; i++) {
      b[2 * i - 1] = (byte) (glyphs[i] >> 8);
      b[2 * i] = (byte) glyphs[i];
    }
    return b;
  }

  /** Format 0: the new font DICT index of each glyph. */
  private byte[] fdSelect() {
    byte[] b = new byte[1 + glyphs.length];
    for (int i = 0; i < glyphs.length; i++) {
      b[1 + i] = (byte) newFd[font.fdOfGlyph[glyphs[i]]];
    }
    return b;
  }

  private byte[] charStrings() {
    byte[][] items = new byte[glyphs.length][];
    for (int i = 0; i < glyphs.length; i++) {
      items[i] = font.subsetCharString(glyphs[i]);
    }
    return index(items);
  }

  /** The font DICTs, each pointing at its Private DICT; the first Private DICT at {@code at}. */
  private byte[][] fdArray(byte[][] privates, int at) {
    byte[][] dicts = new byte[usedFds.length][];
    int p = at;
    for (int i = 0; i < usedFds.length; i++) {
      CffFont.FontDict fd = font.fontDicts.get(usedFds[i]);
      ByteArrayOutputStream d = new ByteArrayOutputStream();
      if (fd.dict() != null) {
        d.writeBytes(fd.dict().without(CffDict.PRIVATE));
      }
      int5(d, privates[i].length);
      int5(d, p);
      op(d, CffDict.PRIVATE);
      dicts[i] = d.toByteArray();
      CffIndex subrs = fd.subrs();
      p += privates[i].length + (subrs == null ? 0 : subrs.size());
    }
    return dicts;
  }

  /** The Private DICT with its Subrs offset pointing just past itself, where they are written. */
  private static byte[] privateDict(CffFont.FontDict fd) {
    ByteArrayOutputStream d = new ByteArrayOutputStream();
    d.writeBytes(fd.priv().without(CffDict.SUBRS));
    if (fd.subrs() != null) {
      int size = d.size() + INT5 + 1;
      int5(d, size);
      op(d, CffDict.SUBRS);
    }
    return d.toByteArray();
  }

  private static void offset(ByteArrayOutputStream d, int value, int op) {
    int5(d, value);
    op(d, op);
  }

  private static void int5(ByteArrayOutputStream d, int v) {
    d.write(29);
    d.write(v >>> 24);
    d.write(v >>> 16);
    d.write(v >>> 8);
    d.write(v);
  }

  private static void op(ByteArrayOutputStream d, int op) {
    if (op >= 1200) {
      d.write(12);
      d.write(op - 1200);
    } else {
      d.write(op);
    }
  }

  /** An INDEX of the items, with the smallest offset size that fits. */
  static byte[] index(byte[][] items) {
    if (items.length == 0) {
      return new byte[] {0, 0};
    }
    int data = 0;
    for (byte[] item : items) {
      data += item.length;
    }
    int offSize = data + 1 < 1 << 8 ? 1 : data + 1 < 1 << 16 ? 2 : data + 1 < 1 << 24 ? 3 : 4;
    byte[] b = new byte[3 + (items.length + 1) * offSize + data];
    b[0] = (byte) (items.length >> 8);
    b[1] = (byte) items.length;
    b[2] = (byte) offSize;
    int offset = 1;
    int p = 3 + (items.length + 1) * offSize;
    for (int i = 0; i <= items.length; i++) {
      for (int k = 0; k < offSize; k++) {
        b[3 + i * offSize + k] = (byte) (offset >>> (8 * (offSize - 1 - k)));
      }
      if (i < items.length) {
        System.arraycopy(items[i], 0, b, p, items[i].length);
        p += items[i].length;
        offset += items[i].length;
      }
    }
    return b;
  }
}
