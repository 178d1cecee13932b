package cn.nianbao.importer;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.model.FormatVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.nianbao.model.CellRef;
import java.util.Locale;

/**
 * Turns a published report (plain text, DOCX, HTML or PDF) or a workbook of its tables (XLSX) into a data file that {@code render}
 * reproduces: the one entry point of the importer.
 */
public final class Importer {
  /** Largest text or HTML file read: a report page is a few hundred KB. */
  static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;
  /** Largest DOCX or PDF read: a report is well under 10 MB. */
  static final long MAX_BINARY_BYTES = 50L * 1024 * 1024;

  /** The source formats, chosen by the file name's ending. */
  public enum Format { TEXT, DOCX, HTML, PDF, XLSX }

  /**
   * The data file and what needs a person's look.
   *
   * @param text        the data file, UTF-8 YAML
   * @param version     the format version recognised
   * @param year        the report year, or null when the title gives none
   * @param diagnostics what could not be placed or was mapped, each naming its place in the source
   */
  public record Result(String text, FormatVersion version, Integer year, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private Importer() {}

  /** The format of a file by its name's ending, or null when it is none of those read. */
  public static Format formatOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".xlsx")) {
      return Format.XLSX;
    } else if (n.endsWith(".docx")) {
      return Format.DOCX;
    } else if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Format.HTML;
    } else if (n.endsWith(".pdf")) {
      return Format.PDF;
    } else if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Format.TEXT;
    }
    return null;
  }

  /**
   * Imports a published report.
   *
   * @throws NotAReport when the file cannot be read as a report; nothing should be written
   */
  public static Result read(Path file) throws NotAReport {
    String name = file.getFileName().toString();
    return read(name, formatOf(name), bytes(file));
  }

  /**
   * The numbers of tables 二/三/四 of a published report or workbook, to be set into an existing
   * data file ({@code import --into}).
   *
   * @param version the data file's format version: the tables are read in it
   * @throws NotAReport when the file cannot be read, or shows no official table
   */
  public static Tables readTables(Path file, FormatVersion version) throws NotAReport {
    String name = file.getFileName().toString();
    Format format = formatOf(name);
    byte[] bytes = bytes(file);
    Recognised r = format == Format.XLSX
        ? ReportRecogniser.recogniseTables(XlsxSource.read(name, bytes), name, version, true)
        : ReportRecogniser.recogniseTables(blocks(name, format, bytes), name, version, true);
    Map<String, Map<CellRef, String>> values = new LinkedHashMap<>();
    r.values.forEach((table, cells) -> values.put(table, Map.copyOf(new LinkedHashMap<>(cells))));
    return new Tables(values, r.diagnostics);
  }

  /**
   * Table numbers found in a source.
   *
   * @param values      table data key → cell → the value as the data file writes it; a cell blank
   *                    in the source is absent
   * @param diagnostics what could not be placed, each naming its place in the source
   */
  public record Tables(Map<String, Map<CellRef, String>> values, List<Diagnostic> diagnostics) {
    public Tables {
      values = Map.copyOf(values);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private static byte[] bytes(Path file) throws NotAReport {
    String name = file.getFileName().toString();
    Format format = formatOf(name);
    if (format == null) {
      throw new NotAReport(name + ": 只能导入 .docx、.xlsx、.html/.htm、.pdf 或 .txt 文件（按文件扩展名识别）。");
    }
    if (!Files.isRegularFile(file)) {
      throw new NotAReport(name + ": 不是普通文件（文件不存在，或是文件夹、设备），未导入。");
    }
    long max = format == Format.TEXT || format == Format.HTML ? MAX_TEXT_BYTES : MAX_BINARY_BYTES;
    byte[] bytes;
    try {
      if (Files.size(file) > max) {
        throw tooLarge(name, max);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) max + 1);
      }
    } catch (IOException e) {
      throw new NotAReport(name + ": 无法读取文件：" + e.getMessage(), e);
    }
    if (bytes.length > max) {
      throw tooLarge(name, max);
    }
    return bytes;
  }

  /** Imports a published report given as bytes; {@code name} is used in messages. */
  public static Result read(String name, Format format, byte[] bytes) throws NotAReport {
    Recognised r;
    if (format == Format.XLSX) {
      r = ReportRecogniser.recogniseTables(XlsxSource.read(name, bytes), name, null, false);
      r.note(Recognised.TOP, null, "电子表格只有统计表：机关、标题和正文各节留空待填");
    } else {
      r = ReportRecogniser.recognise(blocks(name, format, bytes), name);
    }
    return new Result(DataFileWriter.write(r, name), r.version, r.year, r.diagnostics);
  }

  private static List<Block> blocks(String name, Format format, byte[] bytes) throws NotAReport {
    return switch (format) {
      case TEXT -> TextSource.read(utf8(name, bytes));
      case DOCX -> DocxSource.read(name, bytes);
      case HTML -> HtmlSource.read(name, bytes);
      case PDF -> PdfSource.read(name, bytes);
      case XLSX -> XlsxSource.read(name, bytes);
    };
  }

  private static NotAReport tooLarge(String name, long max) {
    return new NotAReport(name + ": 文件超过 " + (max / 1024 / 1024) + " MB，不像是一份年度报告，未读取。");
  }

  private static String utf8(String name, byte[] bytes) throws NotAReport {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      try {
        return java.nio.charset.Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e2) {
        throw new NotAReport(name + ": 文本文件既不是 UTF-8 也不是 GBK/GB18030 编码，无法读取。", e2);
      }
    }
  }
}
