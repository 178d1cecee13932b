package cn.nianbao.workbench;

import cn.nianbao.document.FontRole;
import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.FontSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The font files the pages load from {@link SnapshotMaker#FONT_ROUTE}: exactly the faces of the
 * PDF's font set, by file name (as the HTML preview names them). Nothing else can be read here.
 */
final class FontFiles {
  private final Map<String, Face> byName = new LinkedHashMap<>();

  FontFiles(FontSet fonts) {
    for (FontRole role : FontRole.values()) {
      fonts.chain(role).forEach(this::add);
    }
    add(fonts.latin());
  }

  private void add(Face face) {
    byName.putIfAbsent(fileName(face), face);
  }

  /** The file name the preview's {@code @font-face} rules use for the face. */
  private static String fileName(Face face) {
    String location = face.source() == FontSource.BUNDLED ? face.location()
        : face.location().replaceFirst(",\\d+$", "");
    return location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
  }

  /** The font file named {@code name}, if it is one of the faces; empty for any other name. */
  Optional<byte[]> read(String name) throws IOException {
    Face face = byName.get(name);
    if (face == null) {
      return Optional.empty();
    }
    if (face.source() == FontSource.BUNDLED) {
      return Optional.of(face.bundledFile());
    }
    return Optional.of(Files.readAllBytes(Path.of(face.location().replaceFirst(",\\d+$", ""))));
  }

  /** The media type of a font file by its extension. */
  static String mediaType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ttf") ? "font/ttf" : lower.endsWith(".otf") ? "font/otf"
        : lower.endsWith(".ttc") || lower.endsWith(".otc") ? "font/collection"
        : "application/octet-stream";
  }
}
