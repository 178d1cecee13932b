package cn.nianbao.render.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the uncompressed (STORED) entries under one folder of a zip file lie, found from its
 * central directory, so that they can be memory-mapped instead of copied out through a stream.
 * The JDK's {@code ZipFile} knows these offsets but does not expose them, and a general zip
 * library would build an object for every one of the jar's ~19,000 entries: this reads only the
 * end record and walks the directory once, keeping the entries under the folder.
 */
final class StoredEntries {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int LOCAL_SIGNATURE = 0x04034b50;
  private static final int END_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final int CENTRAL_SIZE = 46;
  private static final int LOCAL_SIZE = 30;
  private static final int STORED = 0;

  /** An entry's data: {@code size} bytes from {@code offset} in the zip file. */
  record Region(long offset, long size) {}

  private StoredEntries() {}

  /**
   * The stored entries whose names start with {@code folder} (e.g. {@code "fonts/"}), by name,
   * with where their data lies. Compressed entries are left out (their callers read them through
   * a stream); an empty map when the file is not a plain zip this reader understands (ZIP64).
   */
  static Map<String, Region> under(Path zip, String folder) throws IOException {
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      ByteBuffer end = endRecord(ch);
      if (end == null) {
        return Map.of();
      }
      long dirOffset = Integer.toUnsignedLong(end.getInt(16));
      int dirSize = end.getInt(12);
      if (dirSize < 0 || dirOffset + dirSize > ch.size()) {
        return Map.of();
      }
      ByteBuffer dir = read(ch, dirOffset, dirSize);
      Map<String, Region> found = new HashMap<>();
      byte[] prefix = folder.getBytes(StandardCharsets.UTF_8);
      for (int p = 0; p + CENTRAL_SIZE <= dirSize && dir.getInt(p) == CENTRAL_SIGNATURE; ) {
        int nameLength = u16(dir, p + 28);
        int next = p + CENTRAL_SIZE + nameLength + u16(dir, p + 30) + u16(dir, p + 32);
        if (u16(dir, p + 10) == STORED && startsWith(dir, p + CENTRAL_SIZE, nameLength, prefix)) {
          byte[] name = new byte[nameLength];
          dir.get(p + CENTRAL_SIZE, name);
          long size = Integer.toUnsignedLong(dir.getInt(p + 20));
          long local = Integer.toUnsignedLong(dir.getInt(p + 42));
          Region data = data(ch, local, size);
          if (data != null) {
            found.put(new String(name, StandardCharsets.UTF_8), data);
          }
        }
        p = next;
      }
      return Map.copyOf(found);
    }
  }

  /** The end-of-central-directory record, searched backwards over a possible comment. */
  private static ByteBuffer endRecord(FileChannel ch) throws IOException {
    long size = ch.size();
    int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
    ByteBuffer b = read(ch, size - tail, tail);
    for (int p = tail - END_SIZE; p >= 0; p--) {
      if (b.getInt(p) == END_SIGNATURE) {
        boolean zip64 = b.getInt(p + 16) == -1 || u16(b, p + 10) == 0xFFFF;
        return zip64 ? null : b.slice(p, END_SIZE).order(ByteOrder.LITTLE_ENDIAN);
      }
    }
    return null;
  }

  /** The data after an entry's local header, whose name and extra field may differ in length. */
  private static Region data(FileChannel ch, long local, long size) throws IOException {
    ByteBuffer header = read(ch, local, LOCAL_SIZE);
    if (header.getInt(0) != LOCAL_SIGNATURE || u16(header, 8) != STORED) {
      return null;
    }
    long offset = local + LOCAL_SIZE + u16(header, 26) + u16(header, 28);
    return offset + size <= ch.size() ? new Region(offset, size) : null;
  }

  private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("zip file ends early");
      }
    }
    return b;
  }

  private static boolean startsWith(ByteBuffer b, int at, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b.get(at + i) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16(ByteBuffer b, int at) {
    return b.getShort(at) & 0xFFFF;
  }
}
