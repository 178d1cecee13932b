package cn.nianbao.render.color;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A compact ICC v4 display profile of sRGB for the PDF/A OutputIntent, computed from the published
 * facts of IEC 61966-2-1: the primaries and D65 white point (adapted to the D50 connection space
 * with the Bradford transform, as the usual sRGB profiles are) and the tone curve as one
 * parametric curve shared by the three channels. 528 bytes, where the JDK's sRGB profile is
 * 6.9 KB and loading it starts the JDK's colour management.
 */
public final class SrgbProfile {
  /** The number of colour components (R, G, B): a PDF ICCBased stream's {@code /N}. */
  public static final int COMPONENTS = 3;
  private static final double[] D50 = {0.9642, 1.0, 0.8249};
  private static final double[] BRADFORD = {
    0.8951, 0.2664, -0.1614,
    -0.7502, 1.7135, 0.0367,
    0.0389, -0.0685, 1.0296};
  private static final int HEADER = 128;
  private static final int TAG_COUNT = 10;
  /** Built once, after the figures above (static fields initialise in order). */
  private static final byte[] BYTES = build();

  private SrgbProfile() {}

  /** The profile's bytes (a copy: the caller may keep or change it). */
  public static byte[] bytes() {
    return BYTES.clone();
  }

  private static byte[] build() {
    double[] d65 = xyz(0.3127, 0.3290);
    double[] chad = adaptation(d65);
    double[] rgb = multiply(chad, toXyz(d65)); // columns: red, green, blue in D50
    ByteBuffer data = ByteBuffer.allocate(512);
    int at = HEADER + 4 + 12 * TAG_COUNT;
    ByteBuffer tags = ByteBuffer.allocate(4 + 12 * TAG_COUNT).putInt(TAG_COUNT);
    at = tag(tags, data, at, "desc", mluc("sRGB IEC61966-2.1"));
    at = tag(tags, data, at, "cprt", mluc("Public domain"));
    // v4 display profiles give the D50 connection white as media white; chad holds the adaptation
    at = tag(tags, data, at, "wtpt", xyzType(D50[0], D50[1], D50[2]));
    at = tag(tags, data, at, "chad", sf32(chad));
    at = tag(tags, data, at, "rXYZ", xyzType(rgb[0], rgb[3], rgb[6]));
    at = tag(tags, data, at, "gXYZ", xyzType(rgb[1], rgb[4], rgb[7]));
    at = tag(tags, data, at, "bXYZ", xyzType(rgb[2], rgb[5], rgb[8]));
    int curve = at;
    at = tag(tags, data, at, "rTRC", srgbCurve());
    tags.put(ascii("gTRC")).putInt(curve).putInt(at - curve); // one curve element for all three
    tags.put(ascii("bTRC")).putInt(curve).putInt(at - curve);
    ByteBuffer out = ByteBuffer.allocate(at);
    header(out, at);
    out.put(HEADER, tags.array());
    out.put(HEADER + tags.capacity(), data.array(), 0, data.position());
    out.put(84, profileId(out.array()));
    return out.array();
  }

  private static void header(ByteBuffer out, int size) {
    out.putInt(0, size);
    out.putInt(8, 0x04200000); // version 4.2: ICC.1:2004-10, which PDF/A-2 refers to
    out.put(12, ascii("mntr")).put(16, ascii("RGB ")).put(20, ascii("XYZ "));
    // the date the profile was defined (fixed, so every PDF carries the same bytes)
    out.putShort(24, (short) 2026).putShort(26, (short) 11).putShort(28, (short) 29);
    out.put(36, ascii("acsp"));
    out.putInt(68, s15(D50[0])).putInt(72, s15(D50[1])).putInt(76, s15(D50[2]));
  }

  /** Writes a tag element at {@code at} (4-byte aligned) and its entry; where the next starts. */
  private static int tag(ByteBuffer tags, ByteBuffer data, int at, String sig, byte[] element) {
    tags.put(ascii(sig)).putInt(at).putInt(element.length);
    data.put(element);
    int padding = -element.length & 3;
    data.position(data.position() + padding);
    return at + element.length + padding;
  }

  /** A multiLocalizedUnicodeType with one record, en-US. */
  private static byte[] mluc(String text) {
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
    return ByteBuffer.allocate(28 + utf16.length).put(ascii("mluc")).putInt(0).putInt(1)
        .putInt(12).put(ascii("enUS")).putInt(utf16.length).putInt(28).put(utf16).array();
  }

  private static byte[] xyzType(double x, double y, double z) {
    return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0)
        .putInt(s15(x)).putInt(s15(y)).putInt(s15(z)).array();
  }

  private static byte[] sf32(double[] matrix) {
    ByteBuffer b = ByteBuffer.allocate(8 + 4 * matrix.length).put(ascii("sf32")).putInt(0);
    for (double v : matrix) {
      b.putInt(s15(v));
    }
    return b.array();
  }

  /**
   * The sRGB tone curve as parametricCurveType function 3: Y = (aX + b)^g for X >= d, else cX.
   */
  private static byte[] srgbCurve() {
    ByteBuffer b = ByteBuffer.allocate(32).put(ascii("para")).putInt(0).putShort((short) 3)
        .putShort((short) 0);
    for (double v : new double[] {2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045}) {
      b.putInt(s15(v));
    }
    return b.array();
  }

  /** The MD5 of the profile with flags, rendering intent and the ID itself zero (ICC.1 7.2.18). */
  private static byte[] profileId(byte[] profile) {
    try {
      return MessageDigest.getInstance("MD5").digest(profile);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }

  /** XYZ (Y = 1) of a chromaticity. */
  private static double[] xyz(double x, double y) {
    return new double[] {x / y, 1, (1 - x - y) / y};
  }

  /** The RGB to XYZ matrix of the sRGB primaries scaled so that RGB white is {@code white}. */
  private static double[] toXyz(double[] white) {
    double[] r = xyz(0.64, 0.33);
    double[] g = xyz(0.30, 0.60);
    double[] b = xyz(0.15, 0.06);
    double[] primaries = {r[0], g[0], b[0], r[1], g[1], b[1], r[2], g[2], b[2]};
    double[] s = apply(invert(primaries), white);
    double[] m = new double[9];
    for (int i = 0; i < 9; i++) {
      m[i] = primaries[i] * s[i % 3];
    }
    return m;
  }

  /** The Bradford chromatic adaptation from {@code white} to D50. */
  private static double[] adaptation(double[] white) {
    double[] from = apply(BRADFORD, white);
    double[] to = apply(BRADFORD, D50);
    double[] scaled = new double[9];
    for (int i = 0; i < 9; i++) {
      scaled[i] = BRADFORD[i] * to[i / 3] / from[i / 3];
    }
    return multiply(invert(BRADFORD), scaled);
  }

  private static double[] apply(double[] m, double[] v) {
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      out[i] = m[3 * i] * v[0] + m[3 * i + 1] * v[1] + m[3 * i + 2] * v[2];
    }
    return out;
  }

  private static double[] multiply(double[] a, double[] b) {
    double[] out = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 3; k++) {
          out[3 * i + j] += a[3 * i + k] * b[3 * k + j];
        }
      }
    }
    return out;
  }

  private static double[] invert(double[] m) {
    double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
        + m[2] * (m[3] * m[7] - m[4] * m[6]);
    double[] out = {
      m[4] * m[8] - m[5] * m[7], m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
      m[5] * m[6] - m[3] * m[8], m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
      m[3] * m[7] - m[4] * m[6], m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3]};
    for (int i = 0; i < 9; i++) {
      out[i] /= det;
    }
    return out;
  }

  /** s15Fixed16Number. */
  private static int s15(double v) {
    return (int) Math.round(v * 65536);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
