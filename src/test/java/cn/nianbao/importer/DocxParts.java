package cn.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Edits one XML part of a DOCX as text, every other part copied as it is, in the same order. */
final class DocxParts {
  private DocxParts() {}

  static byte[] edit(byte[] docx, String part, UnaryOperator<String> edit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(part)) {
          found = true;
          bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no part " + part);
    }
    return out.toByteArray();
  }
}
