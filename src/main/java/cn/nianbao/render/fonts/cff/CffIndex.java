package cn.nianbao.render.fonts.cff;

import java.nio.ByteBuffer;

/**
 * A CFF INDEX inside a font file: {@code count} items stored one after the other, item {@code i}
 * spanning {@code [start(i), end(i))} (absolute positions). Immutable.
 *
 * @param offsets {@code count + 1} absolute positions; item i is {@code offsets[i]..offsets[i+1]}
 * @param from    where the INDEX starts
 * @param to      where the INDEX ends (the first byte after its data)
 */
record CffIndex(int[] offsets, int from, int to) {
  /** Reads the INDEX at {@code pos}. */
  static CffIndex read(ByteBuffer b, int pos) {
    int count = u16(b, pos);
    if (count == 0) {
      return new CffIndex(new int[] {pos + 2}, pos, pos + 2);
    }
    int offSize = b.get(pos + 2) & 0xff;
    int base = pos + 3 + (count + 1) * offSize - 1; // offsets are counted from 1
    int[] offsets = new int[count + 1];
    for (int i = 0; i <= count; i++) {
      offsets[i] = base + offset(b, pos + 3 + i * offSize, offSize);
    }
    return new CffIndex(offsets, pos, offsets[count]);
  }

  int count() {
    return offsets.length - 1;
  }

  int start(int i) {
    return offsets[i];
  }

  int end(int i) {
    return offsets[i + 1];
  }

  int length(int i) {
    return offsets[i + 1] - offsets[i];
  }

  /** The INDEX's size in bytes, as stored. */
  int size() {
    return to - from;
  }

  static int u16(ByteBuffer b, int pos) {
    return b.getShort(pos) & 0xffff;
  }

  private static int offset(ByteBuffer b, int pos, int size) {
    int v = 0;
    for (int i = 0; i < size; i++) {
      v = v << 8 | (b.get(pos + i) & 0xff);
    }
    return v;
  }
}
