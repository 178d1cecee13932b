package cn.nianbao.workbench;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** Opens the workbench in the default browser when there is one; never fails when there is none. */
final class Browser {
  private Browser() {}

  /** True when a browser was asked to open {@code address}. */
  static boolean open(URI address) {
    try {
      if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(address);
        return true;
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // no desktop after all: try the platform's opener below
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String[] command = os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler",
        address.toString()}
        : os.contains("mac") ? new String[] {"open", address.toString()}
        : new String[] {"xdg-open", address.toString()};
    try {
      new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
