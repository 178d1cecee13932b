package cn.nianbao.render.fonts.cff;

import java.util.Arrays;

/**
 * A growing string of bits in Deflate's order: each value's bits are written least significant
 * first, and a byte is filled from its least significant bit (RFC 1951, 3.1.1).
 */
final class BitSink {
  private byte[] bytes;
  private int size;
  /** Bits not yet in {@link #bytes}, the first in the lowest bit. */
  private long pending;
  private int pendingBits;

  BitSink(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Appends the low {@code n} bits of {@code value} (n at most 32). */
  void write(int value, int n) {
    pending |= (value & 0xFFFFFFFFL & ((1L << n) - 1)) << pendingBits;
    pendingBits += n;
    if (pendingBits >= 32) {
      room(4);
      bytes[size] = (byte) pending;
      bytes[size + 1] = (byte) (pending >>> 8);
      bytes[size + 2] = (byte) (pending >>> 16);
      bytes[size + 3] = (byte) (pending >>> 24);
      size += 4;
      pending >>>= 32;
      pendingBits -= 32;
    }
  }

  /** Appends the first {@code n} bits of a bit string made by another sink ({@link #bits}). */
  void write(byte[] bits, int n) {
    int whole = n >>> 5;
    for (int i = 0; i < whole; i++) {
      int at = i << 2;
      write((bits[at] & 0xFF) | (bits[at + 1] & 0xFF) << 8 | (bits[at + 2] & 0xFF) << 16
          | (bits[at + 3] & 0xFF) << 24, 32);
    }
    for (int at = whole << 2, left = n & 31; left > 0; at++, left -= 8) {
      write(bits[at] & 0xFF, Math.min(8, left));
    }
  }

  /** Appends zero bits up to the next byte boundary. */
  void align() {
    write(0, (8 - (pendingBits & 7)) & 7);
  }

  /** Appends whole bytes; the string must end on a byte boundary. */
  void writeBytes(byte[] b, int from, int to) {
    if ((pendingBits & 7) != 0) {
      throw new IllegalStateException("Bytes are written only on a byte boundary");
    }
    while (pendingBits > 0) {
      room(1);
      bytes[size++] = (byte) pending;
      pending >>>= 8;
      pendingBits -= 8;
    }
    room(to - from);
    System.arraycopy(b, from, bytes, size, to - from);
    size += to - from;
  }

  /** The number of bits written. */
  long bitLength() {
    return 8L * size + pendingBits;
  }

  /** The bits written, the last byte padded with zero bits. */
  byte[] bits() {
    byte[] out = Arrays.copyOf(bytes, size + (pendingBits + 7) / 8);
    long p = pending;
    for (int i = size; i < out.length; i++) {
      out[i] = (byte) p;
      p >>>= 8;
    }
    return out;
  }

  private void room(int n) {
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
  }
}
