package cn.nianbao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reads a zlib stream back with the runtime's own zlib, which checks the Adler-32. */
public final class Zlib {
  private Zlib() {}

  /** The bytes {@code zlib} holds; fails when it ends early or has bytes after its end. */
  public static byte[] inflate(byte[] zlib) throws DataFormatException {
    Inflater inflater = new Inflater();
    inflater.setInput(zlib);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!inflater.finished()) {
      int n = inflater.inflate(buf);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        throw new DataFormatException("the stream ends early");
      }
      out.write(buf, 0, n);
    }
    assertEquals(0, inflater.getRemaining(), "nothing after the Adler-32");
    inflater.end();
    return out.toByteArray();
  }
}
