package cn.nianbao.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file that could not be written: the message names it and says why, in Chinese. */
final class WriteFailed extends IOException {
  WriteFailed(Path path, String why, Throwable cause) {
    super("无法写入 " + path + "：" + why, cause);
  }

  /** The failure as a Chinese message naming the path and the reason. */
  static WriteFailed of(Path path, IOException e) {
    if (e instanceof WriteFailed w) {
      return w;
    }
    return new WriteFailed(path, reason(path, e), e);
  }

  private static String reason(Path path, IOException e) {
    String text = e instanceof FileSystemException fs && fs.getReason() != null
        ? fs.getReason() : String.valueOf(e.getMessage());
    if (text.contains("No space left") || text.contains("Disk quota")
        || text.contains("not enough space")) {
      return "磁盘已满";
    }
    if (text.contains("Read-only file system")) {
      return "所在的磁盘或文件夹是只读的";
    }
    if (Files.isDirectory(path)) {
      return "同名的文件夹已存在（是一个文件夹）";
    }
    if (e instanceof AccessDeniedException) {
      return Files.exists(path) ? "文件是只读的，或没有写入权限" : "文件夹是只读的，或没有写入权限";
    }
    return text;
  }
}
