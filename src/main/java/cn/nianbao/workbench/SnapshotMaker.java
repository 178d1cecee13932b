package cn.nianbao.workbench;

import cn.nianbao.Nianbao;
import cn.nianbao.diagnostic.CellAddress;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Span;
import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.validate.Findings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a {@link Snapshot} from the files on disk: binds the data file, finds and binds the
 * previous year's, checks, lays out the pages. A file that cannot be bound keeps the last good
 * pages. Not thread-safe: the workbench makes one snapshot at a time.
 */
final class SnapshotMaker {
  /** The route the pages load the PDF's font files from. */
  static final String FONT_ROUTE = "/fonts/";
  private static final Pattern CELL_ID = Pattern.compile("data-cell=\"([^\"]+)\"");
  /** Times the data file is read again when it changed while being read (an editor saving). */
  private static final int READS = 5;

  private final Nianbao nianbao;
  private final Path dataFile;
  private final IntFunction<Path> previousFor;
  private final BiPredicate<Report, CellAddress> derived;
  private String lastGoodPages;
  private Path previousFile;
  private String previousKey;
  private Nianbao.Loaded previousLoaded;

  /**
   * @param previousFor the previous year's file for a report year; null: none (no cross-year checks)
   * @param derived     whether a cell's value is computed by nianbao (shown as not editable)
   */
  SnapshotMaker(Nianbao nianbao, Path dataFile, IntFunction<Path> previousFor,
      BiPredicate<Report, CellAddress> derived) {
    this.nianbao = nianbao;
    this.dataFile = dataFile;
    this.previousFor = previousFor;
    this.derived = derived;
  }

  /** The previous year's file the last snapshot used or looked for; null when none. */
  Path previousFile() {
    return previousFile;
  }

  /** The bytes of the data file, read whole. */
  Optional<byte[]> readData() throws IOException {
    try {
      return Optional.of(Files.readAllBytes(dataFile));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** The state of the files now, numbered {@code version}. */
  Snapshot make(long version) throws IOException {
    String name = dataFile.getFileName().toString();
    byte[] bytes = readData().orElse(null);
    Nianbao.Loaded loaded = null;
    for (int i = 0; i < READS && bytes != null; i++) {
      loaded = nianbao.load(dataFile);
      byte[] again = readData().orElse(null);
      if (Arrays.equals(bytes, again)) {
        break;
      }
      bytes = again;
      loaded = null;
    }
    if (bytes == null) {
      return unbound(version, "", List.of(Diagnostic.dataError(name, Span.point(1, 1, 0),
          "找不到数据文件 " + dataFile + "（已被移走或删除？恢复后页面自动更新）")), "");
    }
    String sha = Hex.sha256(bytes);
    if (loaded == null || !loaded.ok()) {
      List<Diagnostic> why = loaded == null
          ? List.of(Diagnostic.dataError(name, Span.point(1, 1, 0), "数据文件正在被改写，请稍候"))
          : loaded.diagnostics();
      return unbound(version, sha, why, sha);
    }
    return bound(version, sha, loaded.report());
  }

  private Snapshot unbound(long version, String sha, List<Diagnostic> problems, String inputs) {
    return new Snapshot(version, sha, null, null, lastGoodPages, problems, true, List.of(), Set.of(),
        inputs);
  }

  private Snapshot bound(long version, String sha, Report report) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String inputs = sha;
    previousFile = previousFor.apply(report.year());
    Report previous = null;
    if (previousFile != null && Files.isRegularFile(previousFile)) {
      String shown = previousFile.getFileName().toString();
      String previousSha = Hex.sha256(Files.readAllBytes(previousFile));
      inputs += "+" + previousSha;
      Nianbao.Loaded last = loadPrevious(previousSha);
      if (!last.ok()) {
        problems.addAll(last.diagnostics());
        notes.add("上年数据 " + shown + " 有问题，未做跨年度检查（C5–C7）");
      } else {
        Optional<Diagnostic> mismatch = nianbao.previousMismatch(report, last.report());
        mismatch.map(d -> d.inFile(shown)).ifPresent(problems::add);
        previous = mismatch.isPresent() ? null : last.report();
        notes.add(previous == null ? "上年数据 " + shown + " 不能使用，未做跨年度检查（C5–C7）"
            : "对照上年数据：" + shown);
      }
    } else {
      notes.add(previousFile == null ? "未指定上年数据，跳过跨年度检查（C5–C7）"
          : "未找到上年数据 " + previousFile.getFileName() + "，跳过跨年度检查（C5–C7）");
    }
    Findings findings = nianbao.check(report, previous);
    notes.addAll(findings.notes());
    problems.addAll(findings.errors());
    problems.addAll(findings.warnings());
    boolean draft = problems.stream().anyMatch(Diagnostic::isError);
    Document document = nianbao.document(report, draft);
    problems.addAll(nianbao.glyphProblems(document, dataFile.getFileName().toString()));
    String pages = new String(nianbao.html(document, FONT_ROUTE), StandardCharsets.UTF_8);
    lastGoodPages = pages;
    return new Snapshot(version, sha, report, previous, pages, problems,
        draft || problems.stream().anyMatch(Diagnostic::isError), notes, derivedCells(report, pages),
        inputs);
  }

  /** The previous year's file bound, again only when it changed (it changes far less often). */
  private Nianbao.Loaded loadPrevious(String sha) {
    String key = previousFile + "\n" + sha;
    if (!key.equals(previousKey)) {
      previousLoaded = nianbao.load(previousFile);
      previousKey = key;
    }
    return previousLoaded;
  }

  private Set<String> derivedCells(Report report, String pages) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CELL_ID.matcher(pages);
    while (m.find()) {
      String id = m.group(1);
      CellIds.parse(id).filter(cell -> derived.test(report, cell)).ifPresent(cell -> out.add(id));
    }
    return out;
  }
}
