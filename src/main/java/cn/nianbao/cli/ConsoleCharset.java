package cn.nianbao.cli;

import java.io.Console;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The charset of the console nianbao prints to, taken from the platform rather than forced: a
 * Chinese Windows console uses GBK (code page 936), most others UTF-8. JSON output does not use
 * it (it is always UTF-8).
 */
final class ConsoleCharset {
  private ConsoleCharset() {}

  /** The charset for standard output in this process. */
  static Charset forStdout() {
    return choose(System::getProperty, () -> {
      Console console = System.console();
      return console == null ? null : console.charset();
    }, Charset.defaultCharset());
  }

  /**
   * The first charset the platform names: {@code stdout.encoding} (set by Java 19+, and by
   * {@code nianbao.cmd} from the console's code page), {@code sun.stdout.encoding} (set by Java
   * 17 on a Windows console), the console's own, else the default. A charset that cannot write
   * Chinese at all (the ASCII of a bare POSIX locale) gives way to UTF-8, as nothing else could
   * show nianbao's messages.
   */
  static Charset choose(Function<String, String> properties, Supplier<Charset> console,
      Charset fallback) {
    Charset chosen = named(properties.apply("stdout.encoding"));
    if (chosen == null) {
      chosen = named(properties.apply("sun.stdout.encoding"));
    }
    if (chosen == null) {
      chosen = console.get();
    }
    if (chosen == null) {
      chosen = fallback;
    }
    return chosen.newEncoder().canEncode("年报") ? chosen : StandardCharsets.UTF_8;
  }

  private static Charset named(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      return null; // an unknown name: fall through to the next source
    }
  }
}
