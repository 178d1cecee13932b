package cn.nianbao;

/**
 * Keeps the libraries' logging off the user's console. POI logs through the Log4j API, which,
 * finding no logging implementation, prints a warning on stderr; FreeMarker looks for one too.
 * Unless the application has its own Log4j implementation (then its configuration decides), the
 * Log4j API is pointed at its built-in simple logger, switched off.
 */
public final class QuietLogging {
  private QuietLogging() {}

  /**
   * Switches the libraries' logging off unless the application configured it. {@link Nianbao}
   * does this when first used; the CLI does it first thing, since it may load fonts before.
   */
  public static void install() {
    setIfAbsent("org.freemarker.loggerLibrary", "none");
    if (!present("org.apache.logging.log4j.core.LoggerContext")) {
      setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
      setIfAbsent("log4j2.simplelogLevel", "OFF");
      setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, QuietLogging.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
