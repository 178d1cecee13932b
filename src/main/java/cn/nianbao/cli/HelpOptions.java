package cn.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code -h} and {@code -V} for every command, described in the users' language. */
final class HelpOptions {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示此帮助并退出")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
  boolean version;
}
