package cn.nianbao.render.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the names of the faces in a TrueType/OpenType font file (.ttf, .otf) or collection
 * (.ttc). Only the table directory and the {@code name} table are read, never the glyphs, so
 * scanning hundreds of system fonts stays fast.
 */
public final class SfntNames {
  private static final int TTCF = 0x74746366; // 'ttcf'
  private static final int OTTO = 0x4F54544F; // 'OTTO'
  private static final int TRUE = 0x74727565; // 'true' (old Apple TrueType)
  private static final int NAME = 0x6E616D65; // 'name'
  private static final int MAX_FACES = 256;
  private static final int MAX_TABLES = 512;
  private static final int MAX_NAME_TABLE = 1 << 20;

  private SfntNames() {}

  /**
   * The faces of a font file with their names.
   *
   * @throws IOException when the file cannot be read or is not a well-formed sfnt font
   */
  public static List<FaceNames> read(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int tag = read(ch, 0, 4, size).getInt();
      List<FaceNames> faces = new ArrayList<>();
      if (tag == TTCF) {
        ByteBuffer header = read(ch, 8, 4, size);
        int count = header.getInt();
        if (count < 1 || count > MAX_FACES) {
          throw new IOException("bad face count " + count);
        }
        ByteBuffer offsets = read(ch, 12, 4 * count, size);
        for (int i = 0; i < count; i++) {
          faces.add(face(ch, file, i, Integer.toUnsignedLong(offsets.getInt()), size));
        }
      } else {
        faces.add(face(ch, file, 0, 0, size));
      }
      return faces;
    }
  }

  private static FaceNames face(FileChannel ch, Path file, int index, long at, long size)
      throws IOException {
    ByteBuffer head = read(ch, at, 12, size);
    int version = head.getInt();
    if (version != 0x00010000 && version != OTTO && version != TRUE) {
      throw new IOException(String.format("not an sfnt font (version 0x%08X)", version));
    }
    int tables = Short.toUnsignedInt(head.getShort());
    if (tables > MAX_TABLES) {
      throw new IOException("bad table count " + tables);
    }
    ByteBuffer dir = read(ch, at + 12, 16 * tables, size);
    for (int t = 0; t < tables; t++) {
      int tableTag = dir.getInt();
      dir.getInt(); // checksum
      long offset = Integer.toUnsignedLong(dir.getInt());
      long length = Integer.toUnsignedLong(dir.getInt());
      if (tableTag == NAME) {
        if (length > MAX_NAME_TABLE) {
          throw new IOException("name table too large");
        }
        return names(file, index, read(ch, offset, (int) length, size));
      }
    }
    throw new IOException("no name table");
  }

  private static FaceNames names(Path file, int index, ByteBuffer table) throws IOException {
    try {
      table.getShort(); // format
      int count = Short.toUnsignedInt(table.getShort());
      int strings = Short.toUnsignedInt(table.getShort());
      Set<String> families = new LinkedHashSet<>();
      Set<String> fullNames = new LinkedHashSet<>();
      boolean regular = true;
      boolean sawSubfamily = false;
      for (int r = 0; r < count; r++) {
        int base = 6 + 12 * r;
        int platform = Short.toUnsignedInt(table.getShort(base));
        int encoding = Short.toUnsignedInt(table.getShort(base + 2));
        int nameId = Short.toUnsignedInt(table.getShort(base + 6));
        int length = Short.toUnsignedInt(table.getShort(base + 8));
        int offset = Short.toUnsignedInt(table.getShort(base + 10));
        if (nameId != 1 && nameId != 2 && nameId != 4 && nameId != 16) {
          continue;
        }
        String s = decode(table, strings + offset, length, platform, encoding);
        if (s == null || s.isBlank()) {
          continue; // unknown encoding or garbage: other records usually carry the name
        }
        switch (nameId) {
          case 1, 16 -> families.add(s.strip());
          case 4 -> fullNames.add(s.strip());
          default -> {
            // A face is regular unless every subfamily name it gives says otherwise.
            regular = (sawSubfamily && regular) || isRegular(s);
            sawSubfamily = true;
          }
        }
      }
      if (families.isEmpty() && fullNames.isEmpty()) {
        throw new IOException("no family name");
      }
      return new FaceNames(file, index, families, fullNames, regular);
    } catch (IndexOutOfBoundsException e) {
      throw new IOException("truncated name table", e);
    }
  }

  private static boolean isRegular(String subfamily) {
    String s = subfamily.strip().toLowerCase(Locale.ROOT);
    return s.equals("regular") || s.equals("normal") || s.equals("book") || s.equals("roman")
        || s.equals("常规") || s.equals("標準") || s.equals("標準體") || s.equals("标准");
  }

  /** The string of one name record, or null when its encoding is not one we read. */
  static String decode(ByteBuffer table, int at, int length, int platform, int encoding) {
    if (at < 0 || at + length > table.limit()) {
      return null;
    }
    byte[] bytes = new byte[length];
    table.get(at, bytes);
    if (platform == 0 || (platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10))) {
      return strict(StandardCharsets.UTF_16BE, bytes);
    }
    if (platform == 3 && encoding == 3) {
      // Windows PRC: GBK bytes, often stored as 16-bit units with a zero high byte for ASCII.
      return strict(Charset.forName("GBK"), dropZeroHighBytes(bytes));
    }
    if (platform == 1 && encoding == 0) {
      return new String(bytes, StandardCharsets.ISO_8859_1); // Mac Roman; names are ASCII
    }
    if (platform == 1 && encoding == 25) {
      return strict(Charset.forName("GBK"), bytes); // Mac Simplified Chinese
    }
    return null;
  }

  private static byte[] dropZeroHighBytes(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return bytes;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i += 2) {
      if (bytes[i] != 0) {
        out.write(bytes[i]);
      }
      out.write(bytes[i + 1]);
    }
    return out.toByteArray();
  }

  private static String strict(Charset charset, byte[] bytes) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static ByteBuffer read(FileChannel ch, long at, int length, long size)
      throws IOException {
    if (at < 0 || length < 0 || at + length > size) {
      throw new IOException("truncated font file");
    }
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (ch.read(buffer, at + buffer.position()) < 0) {
        throw new IOException("truncated font file");
      }
    }
    return buffer.flip();
  }
}
