package cn.nianbao.render.fonts;

import cn.nianbao.document.Document;
import cn.nianbao.document.FontRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fonts of a run: for each {@link FontRole} a fallback chain (the official font when one is
 * found, then the bundled stand-in for the role, then Noto Serif CJK SC), plus a Latin face for
 * the digits and letters of body text (Times New Roman, else Liberation Serif).
 *
 * <p>Immutable and thread-safe; the parsed fonts are shared by every set of the process.
 */
public final class FontSet implements FontMetrics {
  private static final class Bundled {
    static final FontSet INSTANCE = resolve(FontSearch.configuredOnly(null));
  }

  private final Map<FontRole, List<Face>> chains;
  private final Face latin;

  private FontSet(Map<FontRole, List<Face>> chains, Face latin) {
    this.chains = chains;
    this.latin = latin;
  }

  /** Only the bundled fonts: the same output on every machine. */
  public static FontSet bundled() {
    return Bundled.INSTANCE;
  }

  /** Searches the configured folder, then the system folders, then falls back to the bundled fonts. */
  public static FontSet resolve(FontSearch search) {
    List<FaceNames> configured = search.configured().map(FontScanner::faces).orElse(List.of());
    List<FaceNames> system = search.systemFolders().stream()
        .flatMap(folder -> FontScanner.faces(folder).stream()).toList();
    // Opened only when a character is missing from a role's own fonts: few reports need it.
    Face noto = new Face(FaceLoader.bundledLazily(OfficialFonts.NOTO).postscriptName(),
        FontSource.BUNDLED, "fonts/" + OfficialFonts.NOTO,
        FaceLoader.bundledLazily(OfficialFonts.NOTO));
    Map<FontRole, List<Face>> chains = new EnumMap<>(FontRole.class);
    for (FontRole role : FontRole.values()) {
      List<Face> chain = new ArrayList<>();
      find(OfficialFonts.names(role), configured, FontSource.CONFIGURED)
          .or(() -> find(OfficialFonts.names(role), system, FontSource.SYSTEM))
          .ifPresent(chain::add);
      chain.add(bundledFace(OfficialFonts.bundled(role)));
      chain.add(noto);
      chains.put(role, List.copyOf(chain));
    }
    Face latin = find(OfficialFonts.LATIN_NAMES, configured, FontSource.CONFIGURED)
        .or(() -> find(OfficialFonts.LATIN_NAMES, system, FontSource.SYSTEM))
        .orElseGet(() -> bundledFace(OfficialFonts.LIBERATION));
    return new FontSet(chains, latin);
  }

  /** The first face named (in order of preference) that can be read and embedded. */
  private static Optional<Face> find(List<String> names, List<FaceNames> faces, FontSource source) {
    for (String name : names) {
      // Prefer the regular face of a family that also has bold or italic faces.
      Stream<FaceNames> candidates = faces.stream().filter(f -> f.isNamed(name))
          .sorted(Comparator.comparing((FaceNames f) -> !f.regular()));
      for (FaceNames f : (Iterable<FaceNames>) candidates::iterator) {
        Optional<Face> face = FaceLoader.installed(f)
            .map(tables -> new Face(name, source, f.openPdfName(), tables));
        if (face.isPresent()) {
          return face;
        }
      }
    }
    return Optional.empty();
  }

  private static Face bundledFace(String file) {
    FontTables tables = FaceLoader.bundled(file);
    return new Face(tables.postscriptName(), FontSource.BUNDLED, "fonts/" + file, tables);
  }

  /** The official font names of a role, best first (e.g. 仿宋_GB2312, FangSong_GB2312, 仿宋, FangSong). */
  public static List<String> officialNames(FontRole role) {
    return OfficialFonts.names(role);
  }

  /** The role's fonts in the order they are tried for each character. */
  public List<Face> chain(FontRole role) {
    return chains.get(role);
  }

  /** The role's own font: the official one when found, else the bundled stand-in. */
  public Face primary(FontRole role) {
    return chains.get(role).get(0);
  }

  /** The Latin face, used for ASCII letters, digits and punctuation of {@link #usesLatin} roles. */
  public Face latin() {
    return latin;
  }

  /** True when the role sets ASCII letters and digits in the {@link #latin()} face. */
  public boolean usesLatin(FontRole role) {
    return OfficialFonts.usesLatin(role);
  }

  /** The face a character of the role is set in, or null when no font has it. */
  @Override
  public Face faceFor(int codePoint, FontRole role) {
    if (usesLatin(role) && codePoint > 0x20 && codePoint < 0x7F && latin.has(codePoint)) {
      return latin;
    }
    for (Face face : chains.get(role)) {
      if (face.has(codePoint)) {
        return face;
      }
    }
    return null;
  }

  /** Which characters of the document need a fallback font and which no font has, with where. */
  public GlyphReport check(Document document) {
    return GlyphCheck.run(this, document);
  }
}
