package cn.nianbao.importer;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What DOCX and XLSX (both zip packages read by POI) share: the limit on an unpacked part, and
 * why POI refused a file, in words for a clerk.
 */
final class OfficeZips {
  /** No part of a report's DOCX or a statistics workbook is anywhere near this when unpacked. */
  private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  private OfficeZips() {}

  /** Sets POI's limit on an unpacked part (its inflation-ratio check is on by default). */
  static void limitUnpackedSize() {
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  /**
   * The refusal of a file POI could not read.
   *
   * @param notReadable what to say when neither a zip bomb nor a DOCTYPE was the reason
   */
  static NotAReport refused(String name, Exception e, String notReadable) {
    return new NotAReport(name + ": " + why(e, notReadable) + "，未导入。", e);
  }

  private static String why(Exception e, String notReadable) {
    String m = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
    if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("inflate") || m.contains("MaxEntrySize")) {
      return "解压后的大小异常（疑似 zip 炸弹），不读取";
    }
    if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entit")) {
      return "文件中含有 DOCTYPE 或外部实体声明（可能是恶意文件，XXE），不读取";
    }
    return notReadable;
  }
}
