package cn.nianbao.render.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored entries of a folder of a zip are found where their bytes are, and only those. */
class StoredEntriesTest {
  @TempDir Path dir;

  @Test
  void storedEntriesUnderTheFolderAreFoundAtTheirData() throws IOException {
    byte[] font = bytes(70_000, 7);
    byte[] small = "OTTO small".getBytes(StandardCharsets.US_ASCII);
    Path zip = dir.resolve("a.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      deflated(out, "fonts/compressed.otf", bytes(5_000, 3));
      stored(out, "other/outside.otf", bytes(100, 5), null);
      stored(out, "fonts/A.otf", font, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});
      stored(out, "fonts/字体.otf", small, null);
      out.setComment("a comment after the directory");
    }
    byte[] file = Files.readAllBytes(zip);

    Map<String, StoredEntries.Region> found = StoredEntries.under(zip, "fonts/");

    assertEquals(Set.of("fonts/A.otf", "fonts/字体.otf"), found.keySet());
    assertArrayEquals(font, slice(file, found.get("fonts/A.otf")));
    assertArrayEquals(small, slice(file, found.get("fonts/字体.otf")));
  }

  @Test
  void aFileThatIsNoZipHasNoEntries() throws IOException {
    Path notZip = Files.write(dir.resolve("b.jar"), bytes(1_000, 1));
    assertEquals(Map.of(), StoredEntries.under(notZip, "fonts/"));
  }

  private static byte[] slice(byte[] file, StoredEntries.Region r) {
    return Arrays.copyOfRange(file, (int) r.offset(), (int) (r.offset() + r.size()));
  }

  private static void stored(ZipOutputStream out, String name, byte[] data, byte[] extra)
      throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    e.setCrc(crc.getValue());
    if (extra != null) {
      e.setExtra(extra);
    }
    write(out, e, data);
  }

  private static void deflated(ZipOutputStream out, String name, byte[] data) throws IOException {
    write(out, new ZipEntry(name), data);
  }

  private static void write(ZipOutputStream out, ZipEntry e, byte[] data) throws IOException {
    out.putNextEntry(e);
    out.write(data);
    out.closeEntry();
  }

  private static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * seed + i / 251);
    }
    return b;
  }
}
