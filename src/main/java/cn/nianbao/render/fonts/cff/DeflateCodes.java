package cn.nianbao.render.fonts.cff;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The two Huffman codes of a dynamic Deflate block (RFC 1951, 3.2.7): literals/lengths and
 * distances, made from symbol counts, with every symbol given a code (so that any data can be
 * coded with them), and the block header that describes them. Immutable.
 */
final class DeflateCodes {
  /** Literal/length symbols: 256 bytes, end of block, 29 length codes. */
  static final int LITERALS = 286;
  static final int DISTANCES = 30;
  static final int END_OF_BLOCK = 256;
  private static final int MAX_BITS = 15;
  private static final int MAX_LENGTH_BITS = 7;
  private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27,
      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3,
      3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97,
      129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
  private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7,
      7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
  /** The order in which the code-length code's lengths are written. */
  private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2,
      14, 1, 15};

  private final int[] litLengths;
  private final int[] litCodes;
  private final int[] distLengths;
  private final int[] distCodes;
  private final byte[] header;
  private final int headerBits;

  /**
   * Codes for these counts of literal/length and distance symbols (see {@link #literalSymbol},
   * {@link #distanceSymbol}); a symbol never counted still gets a (long) code.
   */
  static DeflateCodes of(int[] literalCounts, int[] distanceCounts) {
    int[] lit = new int[LITERALS];
    int[] dist = new int[DISTANCES];
    for (int s = 0; s < LITERALS; s++) {
      lit[s] = 1 + (s < literalCounts.length ? literalCounts[s] : 0);
    }
    for (int s = 0; s < DISTANCES; s++) {
      dist[s] = 1 + (s < distanceCounts.length ? distanceCounts[s] : 0);
    }
    int[] lengths = Arrays.copyOf(lengths(lit, MAX_BITS), LITERALS + DISTANCES);
    System.arraycopy(lengths(dist, MAX_BITS), 0, lengths, LITERALS, DISTANCES);
    return new DeflateCodes(lengths);
  }

  /**
   * The codes of these code lengths ({@link #lengths()}), which must give every symbol a code
   * and describe two complete codes.
   */
  DeflateCodes(int[] lengths) {
    if (lengths.length != LITERALS + DISTANCES
        || Arrays.stream(lengths).anyMatch(l -> l < 1 || l > MAX_BITS)
        || !complete(lengths, 0, LITERALS) || !complete(lengths, LITERALS, lengths.length)) {
      throw new IllegalArgumentException("Not the code lengths of two complete codes");
    }
    litLengths = Arrays.copyOf(lengths, LITERALS);
    distLengths = Arrays.copyOfRange(lengths, LITERALS, LITERALS + DISTANCES);
    litCodes = codes(litLengths);
    distCodes = codes(distLengths);
    BitSink h = new BitSink(256);
    h.write(0, 1); // not the last block
    h.write(2, 2); // dynamic Huffman codes
    writeLengths(h);
    header = h.bits();
    headerBits = (int) h.bitLength();
  }

  /** True when the lengths {@code [from, to)} fill a code exactly (Kraft's sum is 1). */
  private static boolean complete(int[] lengths, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += 1L << (MAX_BITS - lengths[i]);
    }
    return sum == 1L << MAX_BITS;
  }

  /** The code lengths of the literal/length symbols, then of the distance symbols. */
  int[] lengths() {
    int[] all = Arrays.copyOf(litLengths, LITERALS + DISTANCES);
    System.arraycopy(distLengths, 0, all, LITERALS, DISTANCES);
    return all;
  }

  /** Writes the block header: the first three bits and both codes. */
  void writeHeader(BitSink out) {
    out.write(header, headerBits);
  }

  void writeLiteral(BitSink out, int b) {
    out.write(litCodes[b], litLengths[b]);
  }

  void writeEndOfBlock(BitSink out) {
    out.write(litCodes[END_OF_BLOCK], litLengths[END_OF_BLOCK]);
  }

  /** Writes a match of {@code length} (3..258) bytes {@code distance} (1..32768) back. */
  void writeMatch(BitSink out, int length, int distance) {
    int l = lengthCode(length);
    out.write(litCodes[257 + l], litLengths[257 + l]);
    out.write(length - LENGTH_BASE[l], LENGTH_EXTRA[l]);
    int d = distanceCode(distance);
    out.write(distCodes[d], distLengths[d]);
    out.write(distance - DISTANCE_BASE[d], DISTANCE_EXTRA[d]);
  }

  /** The literal/length symbol of a match's length. */
  static int literalSymbol(int length) {
    return 257 + lengthCode(length);
  }

  /** The distance symbol of a match's distance. */
  static int distanceSymbol(int distance) {
    return distanceCode(distance);
  }

  private static int lengthCode(int length) {
    int c = Arrays.binarySearch(LENGTH_BASE, length);
    return c >= 0 ? c : -c - 2;
  }

  private static int distanceCode(int distance) {
    int c = Arrays.binarySearch(DISTANCE_BASE, distance);
    return c >= 0 ? c : -c - 2;
  }

  /** HLIT, HDIST, HCLEN, the code-length code and both codes' lengths run-length coded. */
  private void writeLengths(BitSink h) {
    int[] all = new int[LITERALS + DISTANCES];
    System.arraycopy(litLengths, 0, all, 0, LITERALS);
    System.arraycopy(distLengths, 0, all, LITERALS, DISTANCES);
    int[] runs = runs(all); // {symbol, extra value} pairs
    int[] clCounts = new int[19];
    for (int i = 0; i < runs.length; i += 2) {
      clCounts[runs[i]]++;
    }
    int[] clLengths = lengths(clCounts, MAX_LENGTH_BITS);
    int[] clCodes = codes(clLengths);
    int hclen = 19;
    while (hclen > 4 && clLengths[CL_ORDER[hclen - 1]] == 0) {
      hclen--;
    }
    h.write(LITERALS - 257, 5);
    h.write(DISTANCES - 1, 5);
    h.write(hclen - 4, 4);
    for (int i = 0; i < hclen; i++) {
      h.write(clLengths[CL_ORDER[i]], 3);
    }
    for (int i = 0; i < runs.length; i += 2) {
      int s = runs[i];
      h.write(clCodes[s], clLengths[s]);
      if (s == 16) {
        h.write(runs[i + 1] - 3, 2);
      } else if (s == 17) {
        h.write(runs[i + 1] - 3, 3);
      } else if (s == 18) {
        h.write(runs[i + 1] - 11, 7);
      }
    }
  }

  /** The code lengths as code-length symbols: 16 repeats the last 3-6 times, 17/18 are zeros. */
  private static int[] runs(int[] lengths) {
    int[] out = new int[2 * lengths.length];
    int n = 0;
    int i = 0;
    while (i < lengths.length) {
      int v = lengths[i];
      int run = 1;
      while (i + run < lengths.length && lengths[i + run] == v) {
        run++;
      }
      i += run;
      if (v == 0) {
        while (run >= 11) {
          int r = Math.min(run, 138);
          out[n++] = 18;
          out[n++] = r;
          run -= r;
        }
        if (run >= 3) {
          out[n++] = 17;
          out[n++] = run;
          run = 0;
        }
      } else {
        out[n++] = v;
        out[n++] = 0;
        run--;
        while (run >= 3) {
          int r = Math.min(run, 6);
          out[n++] = 16;
          out[n++] = r;
          run -= r;
        }
      }
      for (; run > 0; run--) {
        out[n++] = v;
        out[n++] = 0;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Huffman code lengths of at most {@code limit} bits; counts are halved until the code fits.
   * Ties are broken by symbol, so the same counts always give the same code.
   */
  static int[] lengths(int[] counts, int limit) {
    int[] c = counts.clone();
    while (true) {
      int[] lengths = huffman(c);
      if (Arrays.stream(lengths).max().orElse(0) <= limit) {
        return lengths;
      }
      for (int s = 0; s < c.length; s++) {
        c[s] = c[s] == 0 ? 0 : Math.max(1, c[s] / 2);
      }
    }
  }

  private static int[] huffman(int[] counts) {
    int n = counts.length;
    int[] lengths = new int[n];
    int[] parent = new int[2 * n];
    long[] weight = new long[2 * n];
    PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> weight[a] != weight[b]
        ? Long.compare(weight[a], weight[b]) : Integer.compare(a, b));
    int used = 0;
    for (int s = 0; s < n; s++) {
      if (counts[s] > 0) {
        weight[s] = counts[s];
        queue.add(s);
        used++;
      }
    }
    if (used == 1) { // a complete code needs two symbols: one is given a code unused
      int only = queue.peek();
      lengths[only] = 1;
      lengths[only == 0 ? 1 : 0] = 1;
      return lengths;
    }
    int next = n;
    while (queue.size() > 1) {
      int a = queue.poll();
      int b = queue.poll();
      weight[next] = weight[a] + weight[b];
      parent[a] = next;
      parent[b] = next;
      queue.add(next++);
    }
    int root = next - 1;
    for (int s = 0; s < n; s++) {
      if (counts[s] > 0) {
        int depth = 0;
        for (int x = s; x != root; x = parent[x]) {
          depth++;
        }
        lengths[s] = depth;
      }
    }
    return lengths;
  }

  /** Canonical codes (RFC 1951, 3.2.2), bit-reversed so that they can be written low bit first. */
  private static int[] codes(int[] lengths) {
    int[] count = new int[MAX_BITS + 1];
    for (int l : lengths) {
      count[l]++;
    }
    count[0] = 0;
    int[] next = new int[MAX_BITS + 2];
    int code = 0;
    for (int bits = 1; bits <= MAX_BITS; bits++) {
      code = (code + count[bits - 1]) << 1;
      next[bits] = code;
    }
    int[] codes = new int[lengths.length];
    for (int s = 0; s < lengths.length; s++) {
      int l = lengths[s];
      if (l > 0) {
        codes[s] = Integer.reverse(next[l]++) >>> (32 - l);
      }
    }
    return codes;
  }
}
