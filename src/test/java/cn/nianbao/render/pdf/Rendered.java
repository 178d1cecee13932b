package cn.nianbao.render.pdf;

import cn.nianbao.document.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders documents for the tests, keeping a copy under target/ for looking at failures. */
final class Rendered {
  private static final PdfRenderer RENDERER = PdfRenderer.create();

  private Rendered() {}

  static byte[] pdf(Document doc, String name) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RENDERER.render(doc, out);
      byte[] bytes = out.toByteArray();
      Path dir = Path.of("target", "pdf-tests");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".pdf"), bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
