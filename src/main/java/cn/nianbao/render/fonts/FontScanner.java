package cn.nianbao.render.fonts;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the font faces in folders (recursively) by reading their name tables. Results are cached
 * per folder for the life of the process: one run scans each folder once. Files that are not
 * fonts, or are damaged, are skipped silently.
 */
final class FontScanner {
  private static final Map<Path, List<FaceNames>> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_DEPTH = 8;

  private FontScanner() {}

  /** The faces in a folder and its subfolders; empty when the folder does not exist. */
  static List<FaceNames> faces(Path folder) {
    return CACHE.computeIfAbsent(folder.toAbsolutePath().normalize(), FontScanner::scan);
  }

  private static List<FaceNames> scan(Path folder) {
    List<FaceNames> faces = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return faces;
    }
    try {
      // Follow links: Linux font folders are often symlink farms. Loops surface as
      // visitFileFailed and are skipped.
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && isFontFile(file)) {
                try {
                  faces.addAll(SfntNames.read(file));
                } catch (IOException | RuntimeException e) {
                  // A damaged or unreadable font must never stop a render: skip it.
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // The folder vanished or is unreadable: use what was found.
    }
    faces.sort(java.util.Comparator.comparing(f -> f.file().toString()));
    return List.copyOf(faces);
  }

  /** .ttf, .otf and .ttc: the formats OpenPDF can embed. */
  static boolean isFontFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc");
  }

  /** The usual font folders of Windows, macOS and Linux for this user, existing or not. */
  static List<Path> systemFolders() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home", "."));
    List<Path> folders = new ArrayList<>();
    if (os.contains("win")) {
      String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
      folders.add(Path.of(windir, "Fonts"));
      String local = System.getenv("LOCALAPPDATA");
      if (local != null) {
        folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
      }
    } else if (os.contains("mac")) {
      folders.add(home.resolve("Library/Fonts"));
      folders.add(Path.of("/Library/Fonts"));
      folders.add(Path.of("/System/Library/Fonts"));
    } else {
      folders.add(home.resolve(".local/share/fonts"));
      folders.add(home.resolve(".fonts"));
      folders.add(Path.of("/usr/local/share/fonts"));
      folders.add(Path.of("/usr/share/fonts"));
    }
    return folders;
  }
}
