package cn.nianbao.testing;

import java.nio.file.Path;
import java.util.List;

/** The example data files bundled under {@code examples/}, with their format versions. */
public final class Examples {
  /** An example file and the format version it uses. */
  public record Example(String name, int formatVersion) {
    public Path path() {
      return Path.of("examples", name + ".yaml");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  public static final List<Example> ALL = List.of(
      new Example("hancongou-2020", 2019),
      new Example("qingshuihe-2020", 2019),
      new Example("qingshuihe-2021", 2021));

  private Examples() {}
}
