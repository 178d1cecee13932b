package cn.nianbao.render.fonts;

import java.nio.file.Path;
import java.util.Set;

/**
 * The names one font face gives itself in its sfnt {@code name} table, in every platform and
 * language it carries (so 仿宋_GB2312 and FangSong_GB2312 both appear for the same face).
 *
 * @param file       the font file
 * @param index      the face's index in a TrueType collection (.ttc), 0 for single-face files
 * @param families   family names: nameID 1 (family) and 16 (typographic family)
 * @param fullNames  full names: nameID 4
 * @param regular    true when a subfamily (nameID 2) says Regular/Normal/Book or gives none
 */
public record FaceNames(
    Path file, int index, Set<String> families, Set<String> fullNames, boolean regular) {
  public FaceNames {
    families = Set.copyOf(families);
    fullNames = Set.copyOf(fullNames);
  }

  /** The file as OpenPDF names it: {@code path} or, for a collection, {@code path,index}. */
  public String openPdfName() {
    String path = file.toString();
    return path.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? path + "," + index : path;
  }

  /** True when any family or full name equals {@code name}, ignoring case and spaces. */
  boolean isNamed(String name) {
    String wanted = normalise(name);
    return families.stream().anyMatch(n -> normalise(n).equals(wanted))
        || fullNames.stream().anyMatch(n -> normalise(n).equals(wanted));
  }

  static String normalise(String name) {
    return name.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }
}
