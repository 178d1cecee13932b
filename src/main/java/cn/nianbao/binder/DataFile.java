package cn.nianbao.binder;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a data file's text within a fixed budget: a report's data is a few tens of kilobytes, so
 * anything over {@link #MAX_BYTES} is refused before it is parsed, and devices or pipes (which
 * may never end) are refused before they are opened. The text must be UTF-8; a leading byte order
 * mark is dropped (Windows Notepad writes one, for JSON as for YAML).
 */
final class DataFile {
  /** The largest data file accepted: 5 MB. */
  static final int MAX_BYTES = 5 * 1024 * 1024;
  /** The parser's own limit, just above ours so that ours always speaks first. */
  static final int MAX_CHARS = MAX_BYTES + 1024;

  private static final String TOO_LARGE = "文件太大（超过 5 MB）：报告数据文件通常只有几十 KB，请检查是否选错了文件";

  private DataFile() {}

  /** The file's text, or the reason it cannot be read (recorded in {@code problems}, then thrown). */
  static String read(Path file, Problems problems) throws IOException {
    SourceText empty = new SourceText("");
    try {
      if (Files.isDirectory(file)) {
        throw fail(problems, empty, "这是一个文件夹，不是数据文件");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw fail(problems, empty, "不是普通文件（可能是设备或管道），未读取：数据文件须是保存在磁盘上、不超过 5 MB 的文件");
      }
      if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
        throw fail(problems, empty, TOO_LARGE);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        throw fail(problems, empty, TOO_LARGE);
      }
      return withoutBom(decode(bytes, problems));
    } catch (NoSuchFileException e) {
      throw fail(problems, empty, "找不到文件");
    } catch (AccessDeniedException e) {
      throw fail(problems, empty, "没有读取这个文件的权限");
    }
  }

  /** Reads at most the budget from {@code reader}. */
  static String read(Reader reader, Problems problems) throws IOException {
    char[] buffer = new char[8192];
    StringBuilder text = new StringBuilder();
    int n;
    while ((n = reader.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
      if (text.length() > MAX_BYTES) {
        throw fail(problems, new SourceText(""), TOO_LARGE);
      }
    }
    return withoutBom(text.toString());
  }

  /** True when the file name says JSON. */
  static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static String decode(byte[] bytes, Problems problems) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw fail(problems, new SourceText(""), "文件不是 UTF-8 编码，请另存为 UTF-8 后再试"
          + "（记事本：“另存为”→ 编码选 “UTF-8”；WPS/Word 保存的 .docx 不是数据文件）");
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static BindingException fail(Problems problems, SourceText empty, String message) {
    problems.add(empty.point(0), message);
    return problems.failure();
  }
}
