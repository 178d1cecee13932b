package cn.nianbao.render.fonts.cff;

import java.util.Arrays;

/**
 * The LZ77 parse of one charstring on its own (matches only within it), as Deflate codes it:
 * a hash chain of three-byte prefixes searched with lazy matching as zlib does (a match of 16 or
 * more taken at once, one of 128 ends the search), but only 16 links of a chain tried, not
 * zlib's 128: within a glyph longer chains find nothing better (the 2020 example's PDF is
 * 10 bytes smaller with 16).
 */
final class GlyphMatches {
  private static final int MIN = 3;
  private static final int MAX = 258;
  private static final int WINDOW = 32768;
  private static final int CHAIN = 16;
  private static final int LAZY = 16;
  private static final int GOOD = 8;
  private static final int NICE = 128;
  /** At most 2^12 hash chains: a glyph is a few hundred bytes. */
  private static final int MAX_HASH_BITS = 12;

  private final byte[] b;
  private final int hashBits;
  private final int[] head;
  private final int[] prev;
  /** The tokens: a literal byte (0..255) or a match {@code length << 16 | distance}. */
  private int[] tokens;
  private int count;
  private int matchDistance;

  private GlyphMatches(byte[] b) {
    this.b = b;
    this.hashBits = Math.max(4, Math.min(MAX_HASH_BITS, 32 - Integer.numberOfLeadingZeros(b.length)));
    this.head = new int[1 << hashBits];
    this.prev = new int[b.length];
    this.tokens = new int[Math.max(16, b.length / 2)];
    Arrays.fill(head, -1);
  }

  /** The tokens of {@code b}: a literal byte (0..255) or a match {@code length << 16 | distance}. */
  static int[] of(byte[] b) {
    GlyphMatches m = new GlyphMatches(b);
    m.parse();
    return Arrays.copyOf(m.tokens, m.count);
  }

  /** True when the token is a match (else a literal byte). */
  static boolean isMatch(int token) {
    return token >= 1 << 16;
  }

  private void parse() {
    int n = b.length;
    int prevLength = MIN - 1;
    int prevDistance = 0;
    boolean literalPending = false;
    int i = 0;
    while (i < n) {
      int length = MIN - 1;
      int distance = 0;
      if (i + MIN <= n) {
        int h = hash(i);
        int candidate = head[h];
        prev[i] = candidate;
        head[h] = i;
        if (candidate >= 0 && prevLength < LAZY) {
          length = longest(i, candidate, prevLength);
          distance = matchDistance;
        }
      }
      if (prevLength >= MIN && length <= prevLength) {
        // the match found one byte back is at least as good: take it
        emit(prevLength << 16 | prevDistance);
        int end = i - 1 + prevLength;
        for (int j = i + 1; j < end; j++) {
          insert(j);
        }
        i = end;
        literalPending = false;
        prevLength = MIN - 1;
        continue;
      }
      if (literalPending) {
        emit(b[i - 1] & 0xFF);
      }
      literalPending = true;
      prevLength = length;
      prevDistance = distance;
      i++;
    }
    if (literalPending) {
      emit(b[n - 1] & 0xFF);
    }
  }

  private void insert(int j) {
    if (j + MIN <= b.length) {
      int h = hash(j);
      prev[j] = head[h];
      head[h] = j;
    }
  }

  /** The longest match at {@code i} along the chain from {@code candidate}; its distance kept. */
  private int longest(int i, int candidate, int prevLength) {
    int limit = Math.min(MAX, b.length - i);
    int best = MIN - 1;
    int chain = prevLength >= GOOD ? CHAIN >> 2 : CHAIN;
    for (int c = candidate; c >= 0 && i - c <= WINDOW && chain-- > 0; c = prev[c]) {
      if (b[c + best] != b[i + best] && best >= MIN) {
        continue;
      }
      int k = 0;
      while (k < limit && b[c + k] == b[i + k]) {
        k++;
      }
      if (k > best) {
        best = k;
        matchDistance = i - c;
        if (k >= NICE || k == limit) {
          break;
        }
      }
    }
    return best;
  }

  private int hash(int i) {
    int v = (b[i] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF);
    return (v * 0x9E3779B1) >>> (32 - hashBits);
  }

  private void emit(int token) {
    if (count == tokens.length) {
      tokens = Arrays.copyOf(tokens, count * 2);
    }
    tokens[count++] = token;
  }
}
