package cn.nianbao.render.fonts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where to look for installed fonts: an optional folder the user configured, searched first,
 * then the system font folders. The bundled fonts are always the last resort.
 *
 * @param configured    the user's folder, or empty
 * @param systemFolders the system folders to search, in order (empty to ignore installed fonts)
 */
public record FontSearch(Optional<Path> configured, List<Path> systemFolders) {
  /** Environment variable naming the user's font folder when {@code --fonts-dir} is not given. */
  public static final String ENV = "NIANBAO_FONTS_DIR";

  public FontSearch {
    systemFolders = List.copyOf(systemFolders);
  }

  /** The configured folder (may be null), then this machine's usual font folders. */
  public static FontSearch system(Path configured) {
    return new FontSearch(Optional.ofNullable(configured), FontScanner.systemFolders());
  }

  /** Only the configured folder (may be null): reproducible output whatever is installed. */
  public static FontSearch configuredOnly(Path configured) {
    return new FontSearch(Optional.ofNullable(configured), List.of());
  }
}
