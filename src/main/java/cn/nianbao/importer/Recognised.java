package cn.nianbao.importer;

import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.diagnostic.Severity;
import cn.nianbao.model.CellRef;
import cn.nianbao.model.FormatVersion;
import cn.nianbao.model.Subsection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the recogniser found in a published report, as the writer needs it: the report's parts,
 * the table cells as text, and what could not be placed (as comments at the nearest key, and as
 * diagnostics naming the place in the source).
 */
final class Recognised {
  /** Anchor of comments written at the top of the file. */
  static final String TOP = "";
  /** Anchor of comments on the sign-off. */
  static final String SIGN_OFF = "落款";
  /** Anchor of comments on the opening paragraphs. */
  static final String OPENING = "引言";
  /** The diagnostic code of everything the importer reports. */
  static final String CODE = "IMPORT";

  final String file;
  String organization;
  Integer year;
  FormatVersion version;
  String title;
  final List<String> opening = new ArrayList<>();
  /** Narrative section key (总体情况, …) → its parts; absent when the report has no such section. */
  final Map<String, List<Subsection>> sections = new LinkedHashMap<>();
  /** Table data key → cell → text as the data file writes it. */
  final Map<String, Map<CellRef, String>> values = new LinkedHashMap<>();
  /** Table data key → cell → a remark for its comment. */
  final Map<String, Map<CellRef, String>> cellNotes = new LinkedHashMap<>();
  /** Anchor (a top-level key, {@link #TOP}) → comment lines written just before it. */
  final Map<String, List<String>> comments = new LinkedHashMap<>();
  String signer;
  String date;
  final List<Diagnostic> diagnostics = new ArrayList<>();

  Recognised(String file) {
    this.file = file;
  }

  /** Something a person must look at: listed, and kept as a comment before {@code anchor}. */
  void note(String anchor, Place place, String message) {
    message = message.replaceAll("[\\r\\n]+", " ");
    String where = place == null ? "" : "（原文" + place + "）";
    diagnostics.add(new Diagnostic(Severity.WARNING, CODE, file, null, null, null, message + where, List.of()));
    comments.computeIfAbsent(anchor, a -> new ArrayList<>()).add(message + where);
  }

  /** A note on one table cell: listed, and added to the cell's comment. */
  void noteCell(String table, CellRef cell, Place place, String message) {
    message = message.replaceAll("[\\r\\n]+", " ");
    String where = place == null ? "" : "（原文" + place + "）";
    diagnostics.add(new Diagnostic(Severity.WARNING, CODE, file, null, null, null, message + where, List.of()));
    cellNotes.computeIfAbsent(table, t -> new LinkedHashMap<>()).merge(cell, message + where, (a, b) -> a + "；" + b);
  }
}
