package cn.nianbao.render.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfntNamesTest {
  private static final Path NAMES = Path.of("src/test/resources/fonts/names");
  private static final Path OTF = Path.of("src/test/resources/fonts/configured/FangSong_GB2312-test.otf");
  private static final Path TTF = NAMES.resolve("KaiTi_GB2312-test.ttf");
  private static final Path TTC = NAMES.resolve("KaiTi-SimHei-test.ttc");

  @TempDir Path dir;

  @Test
  void trueTypeFontGivesItsChineseAndEnglishFamilyNames() throws IOException {
    FaceNames face = single(TTF);
    assertEquals(Set.of("楷体_GB2312", "KaiTi_GB2312"), face.families());
    assertEquals(Set.of("楷体_GB2312", "KaiTi_GB2312"), face.fullNames());
    assertTrue(face.regular());
    assertEquals(TTF.toString(), face.openPdfName());
  }

  @Test
  void openTypeCffFontIsReadToo() throws IOException {
    FaceNames face = single(OTF);
    assertEquals(Set.of("仿宋_GB2312", "FangSong_GB2312"), face.families());
    assertTrue(face.isNamed("fangsong_gb2312"), "names match ignoring case");
  }

  @Test
  void collectionListsEveryFaceWithItsIndex() throws IOException {
    List<FaceNames> faces = SfntNames.read(TTC);
    assertEquals(2, faces.size());
    assertEquals(Set.of("楷体_GB2312", "KaiTi_GB2312"), faces.get(0).families());
    assertEquals(Set.of("黑体", "SimHei"), faces.get(1).families());
    assertEquals(1, faces.get(1).index());
    assertEquals(TTC + ",1", faces.get(1).openPdfName());
  }

  @Test
  void realBundledFontsAreRead() throws IOException {
    assertTrue(single(Path.of("fonts/FandolFang-Regular.otf")).families().contains("FandolFang"));
    assertTrue(single(Path.of("fonts/LiberationSerif-Regular.ttf")).families()
        .contains("Liberation Serif"));
  }

  @Test
  void notAFontIsAnIOException() throws IOException {
    Path text = Files.writeString(dir.resolve("readme.ttf"), "this is not a font at all");
    assertThrows(IOException.class, () -> SfntNames.read(text));
    Path empty = Files.write(dir.resolve("empty.otf"), new byte[0]);
    assertThrows(IOException.class, () -> SfntNames.read(empty));
  }

  @Test
  void truncatedFontIsAnIOException() throws IOException {
    byte[] bytes = Files.readAllBytes(TTF);
    for (int length : new int[] {3, 12, 40, 200, bytes.length / 2}) {
      Path cut = Files.write(dir.resolve("cut" + length + ".ttf"), Arrays.copyOf(bytes, length));
      assertThrows(IOException.class, () -> SfntNames.read(cut), "cut at " + length);
    }
  }

  @Test
  void collectionWithAnAbsurdFaceCountIsAnIOException() throws IOException {
    byte[] bytes = Files.readAllBytes(TTC);
    bytes[8] = 0x7F; // numFonts high byte
    Path bad = Files.write(dir.resolve("bad.ttc"), bytes);
    assertThrows(IOException.class, () -> SfntNames.read(bad));
  }

  @Test
  void scannerSkipsBadFilesAndKeepsTheGoodOnes() throws IOException {
    Files.copy(TTF, dir.resolve("good.ttf"));
    Path nested = Files.createDirectories(dir.resolve("sub/deeper"));
    Files.copy(TTC, nested.resolve("good.TTC"));
    Files.writeString(dir.resolve("bad.otf"), "garbage");
    Files.write(dir.resolve("cut.ttf"), Arrays.copyOf(Files.readAllBytes(TTF), 100));
    Files.writeString(dir.resolve("notes.txt"), "not looked at");
    List<FaceNames> faces = FontScanner.faces(dir);
    assertEquals(3, faces.size(), faces::toString);
    assertTrue(faces.stream().anyMatch(f -> f.isNamed("黑体")));
  }

  @Test
  void missingFolderHasNoFaces() {
    assertEquals(List.of(), FontScanner.faces(dir.resolve("nowhere")));
  }

  private static FaceNames single(Path file) throws IOException {
    List<FaceNames> faces = SfntNames.read(file);
    assertEquals(1, faces.size());
    return faces.get(0);
  }
}
