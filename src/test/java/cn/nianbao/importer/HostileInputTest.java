package cn.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and unreadable files: one clean Chinese line, exit 2, nothing written, no stack trace. */
class HostileInputTest {
  @TempDir Path dir;

  @Test
  void aDocxZipBombIsRefused() throws Exception {
    Path bomb = dir.resolve("bomb.docx");
    byte[] docx = Rendered.docx(Rendered.report(Path.of("examples/qingshuihe-2021.yaml")));
    // document.xml padded with 30 MB of spaces inside a comment: it deflates about 1000 to 1.
    Files.write(bomb, replaceEntry(docx, "word/document.xml", out -> {
      out.write("<?xml version=\"1.0\"?><!--".getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 30; i++) {
        out.write(spaces);
      }
      out.write("--><w:document/>".getBytes(StandardCharsets.US_ASCII));
    }));
    assertRefused(bomb, "zip 炸弹");
  }

  @Test
  void aDocxWithAnExternalEntityIsRefused() throws Exception {
    Path xxe = dir.resolve("xxe.docx");
    byte[] docx = Rendered.docx(Rendered.report(Path.of("examples/qingshuihe-2021.yaml")));
    Files.write(xxe, replaceEntry(docx, "word/document.xml", out -> out.write((
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8))));
    assertRefused(xxe, "XXE");
  }

  @Test
  void anXlsxZipBombIsRefused() throws Exception {
    Path bomb = dir.resolve("bomb.xlsx");
    byte[] xlsx = Workbooks.of(Rendered.report(Path.of("examples/qingshuihe-2021.yaml")), false, java.util.Map.of());
    Files.write(bomb, replaceEntry(xlsx, "xl/worksheets/sheet1.xml", out -> {
      out.write("<?xml version=\"1.0\"?><!--".getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 30; i++) {
        out.write(spaces);
      }
      out.write("--><worksheet/>".getBytes(StandardCharsets.US_ASCII));
    }));
    assertRefused(bomb, "zip 炸弹");
  }

  @Test
  void anXlsxWithAnExternalEntityIsRefused() throws Exception {
    Path xxe = dir.resolve("xxe.xlsx");
    byte[] xlsx = Workbooks.of(Rendered.report(Path.of("examples/qingshuihe-2021.yaml")), false, java.util.Map.of());
    Files.write(xxe, replaceEntry(xlsx, "xl/worksheets/sheet1.xml", out -> out.write((
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>")
        .getBytes(StandardCharsets.UTF_8))));
    assertRefused(xxe, "XXE");
  }

  @Test
  void a100MegabyteHtmlIsRefusedBeforeItIsRead() throws Exception {
    Path big = dir.resolve("big.html");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    assertRefused(big, "超过 20 MB");
  }

  @Test
  void aPdfWithoutTextIsSaidToBeScanned() throws Exception {
    Path scan = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.addRect(100, 100, 300, 400);
        s.fill();
      }
      doc.save(scan.toFile());
    }
    assertRefused(scan, "扫描件");
  }

  private void assertRefused(Path input, String says) throws Exception {
    Path out = dir.resolve("out.yaml");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit = Main.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true),
        "import", input.toString(), "-o", out.toString());
    Ran ran = new Ran(exit, stderr.toString());
    assertEquals(2, ran.exit(), ran.err());
    assertTrue(ran.err().contains(says), ran.err());
    assertTrue(ran.err().startsWith(input.getFileName() + ": "), ran.err());
    assertEquals(1, ran.err().strip().lines().count(), ran.err());
    assertFalse(ran.err().contains("Exception") || ran.err().contains("\tat "), ran.err());
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("out")), "no temporary file left");
    }
  }

  private record Ran(int exit, String err) {}

  interface Writer {
    void write(java.io.OutputStream out) throws java.io.IOException;
  }

  private static byte[] replaceEntry(byte[] zip, String name, Writer content) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(name)) {
          content.write(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
