package cn.nianbao.render.color;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OutputIntent's compact sRGB profile is a well-formed ICC v4 display profile that the JDK's
 * colour management reads and that maps colours as the JDK's own sRGB does.
 */
class SrgbProfileTest {
  private static final byte[] PROFILE = SrgbProfile.bytes();

  @Test
  void headerIsAnRgbDisplayProfileOfVersion4() throws Exception {
    ByteBuffer b = ByteBuffer.wrap(PROFILE);
    assertEquals(PROFILE.length, b.getInt(0), "size");
    assertTrue(PROFILE.length < 600, PROFILE.length + " bytes");
    assertEquals(4, PROFILE[8], "major version");
    assertEquals("mntr", ascii(12), "class");
    assertEquals("RGB ", ascii(16), "colour space");
    assertEquals("XYZ ", ascii(20), "connection space");
    assertEquals("acsp", ascii(36), "signature");
    byte[] zeroed = PROFILE.clone();
    Arrays.fill(zeroed, 84, 100, (byte) 0);
    assertArrayEquals(MessageDigest.getInstance("MD5").digest(zeroed),
        Arrays.copyOfRange(PROFILE, 84, 100), "profile ID");
    ICC_Profile icc = ICC_Profile.getInstance(PROFILE);
    assertEquals(ICC_Profile.CLASS_DISPLAY, icc.getProfileClass());
    assertEquals(ColorSpace.TYPE_RGB, icc.getColorSpaceType());
    assertEquals(3, icc.getNumComponents());
  }

  @Test
  void tagTableHoldsTheTenTagsInsideTheProfile() {
    ByteBuffer b = ByteBuffer.wrap(PROFILE);
    int count = b.getInt(128);
    Set<String> tags = new HashSet<>();
    for (int i = 0; i < count; i++) {
      int entry = 132 + 12 * i;
      tags.add(ascii(entry));
      int offset = b.getInt(entry + 4);
      int size = b.getInt(entry + 8);
      assertEquals(0, offset % 4, ascii(entry) + " aligned");
      assertTrue(offset >= 132 + 12 * count && offset + size <= PROFILE.length, ascii(entry));
    }
    assertEquals(Set.of("desc", "cprt", "wtpt", "chad", "rXYZ", "gXYZ", "bXYZ", "rTRC",
        "gTRC", "bTRC"), tags);
  }

  @Test
  void mapsColoursAsTheJdksSrgbDoes() {
    ColorSpace ours = new ICC_ColorSpace(ICC_Profile.getInstance(PROFILE));
    ColorSpace jdk = ColorSpace.getInstance(ColorSpace.CS_sRGB);
    float[][] colours = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 1}, {0.5f, 0.5f, 0.5f},
        {0.2f, 0.6f, 0.9f}, {0.02f, 0.02f, 0.02f}};
    for (float[] rgb : colours) {
      assertArrayEquals(jdk.toCIEXYZ(rgb), ours.toCIEXYZ(rgb), 0.001f, Arrays.toString(rgb));
    }
  }

  private static String ascii(int at) {
    return new String(PROFILE, at, 4, StandardCharsets.ISO_8859_1);
  }
}
