package cn.nianbao.edit;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads a data file, checks it is the one the caller saw, and replaces it in one move. */
final class FileWrite {
  private FileWrite() {}

  static String write(Path file, String expectedSha256, List<CellEdit> edits) throws EditRefused {
    String name = file.getFileName().toString();
    byte[] bytes = read(file, name);
    String sha = sha256(bytes);
    if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(sha)) {
      throw refused(name, "数据文件已在磁盘上被修改（" + name + "），请刷新后再改。");
    }
    String text = decode(bytes, name);
    String edited = DataFileEditor.apply(text, name, edits);
    if (edited.equals(text)) {
      return sha;
    }
    byte[] out = edited.getBytes(StandardCharsets.UTF_8);
    replace(file, name, out);
    return sha256(out);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static byte[] read(Path file, String name) throws EditRefused {
    try {
      if (!Files.isRegularFile(file)) {
        throw refused(name, "找不到数据文件，或它不是普通文件：" + name);
      }
      if (Files.size(file) > ReportBinder.MAX_BYTES) {
        throw refused(name, "文件太大（超过 5 MB），未修改：" + name);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw refused(name, "无法读取数据文件 " + name + "，未修改：" + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, String name) throws EditRefused {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw refused(name, "文件不是 UTF-8 编码，未修改：" + name);
    }
  }

  /** A temporary file beside the data file, then one move: readers see the old file or the new one. */
  private static void replace(Path file, String name, byte[] bytes) throws EditRefused {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
      Files.write(temp, bytes);
      copyPermissions(file, temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw refused(name, "无法写入数据文件 " + name + "，文件未修改：" + e.getMessage());
    } finally {
      deleteQuietly(temp);
    }
  }

  /** The temporary file is created private; the data file keeps the permissions it had. */
  private static void copyPermissions(Path from, Path to) {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the folder's defaults apply, as for any new file
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the move has happened or failed already; a stray temporary file is harmless
    }
  }

  private static EditRefused refused(String file, String message) {
    return new EditRefused(List.of(Diagnostic.dataError(file, null, message)));
  }
}
