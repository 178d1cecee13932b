package cn.nianbao.workbench;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.model.Report;
import java.util.List;
import java.util.Set;

/**
 * One state of the data file as the page shows it: what was read, the pages made from it and
 * every problem found, in the order the panel lists them.
 *
 * @param version     counts the states shown since the start, from 1
 * @param sha256      the SHA-256 of the data file's bytes this state was made from (hex)
 * @param report      the bound report; null when the file cannot be bound
 * @param previous    the previous year's report used for the cross-year checks; null without one
 * @param pagesHtml   the pages as an HTML document; when the file cannot be bound, the last good
 *                    pages (shown greyed), or null before any
 * @param problems    binding errors, then the checker's errors, its warnings, the glyph problems
 * @param draft       true when the pages carry the draft mark (there are errors)
 * @param notes       what the checker says beside its findings (e.g. which previous file it used)
 * @param derived     the ids of the cells whose value nianbao computes (not editable)
 * @param inputs      the SHA-256 of every file read (data file and previous year's), to tell
 *                    whether a save changed anything
 */
record Snapshot(long version, String sha256, Report report, Report previous, String pagesHtml,
    List<Diagnostic> problems, boolean draft, List<String> notes, Set<String> derived,
    String inputs) {
  Snapshot {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    derived = Set.copyOf(derived);
  }

  /** True when the data file was bound and the pages are its own. */
  boolean bound() {
    return report != null;
  }

  /** True when some problem is an error (the panel is not empty of errors). */
  boolean hasErrors() {
    return problems.stream().anyMatch(Diagnostic::isError);
  }
}
