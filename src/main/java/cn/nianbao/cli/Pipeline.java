package cn.nianbao.cli;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.render.docx.DocxRenderer;
import cn.nianbao.render.fonts.FontSet;
import cn.nianbao.render.fonts.GlyphReport;
import cn.nianbao.render.pdf.PdfRenderer;
import cn.nianbao.template.ReportTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** The stages in order: data file → report → document → DOCX and PDF bytes. */
final class Pipeline {
  private final ReportTemplates templates = ReportTemplates.bundled();
  private final DocxRenderer docx = DocxRenderer.create();
  private final PdfRenderer pdf;
  private final FontSet fonts;
  /** The glyph check made while writing the last PDF, so that it runs once per render. */
  private Document checked;
  private GlyphReport checkedGlyphs;

  /** A pipeline whose PDFs use the given fonts. */
  Pipeline(FontSet fonts) {
    this.fonts = fonts;
    this.pdf = PdfRenderer.create(fonts);
  }

  /** The fonts the PDFs are drawn with. */
  FontSet fonts() {
    return fonts;
  }

  /** Binds a data file; throws BindingException for bad data. */
  Report report(Path dataFile) throws IOException {
    return ReportBinder.bind(dataFile);
  }

  /** Lays out a report; a draft carries the draft mark on every page. */
  Document document(Report report, boolean draft) {
    return templates.produce(report).withDraft(draft);
  }

  /** Which characters need a fallback font and which none has. */
  GlyphReport glyphs(Document document) {
    return document == checked ? checkedGlyphs : fonts.check(document);
  }

  byte[] docx(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    docx.render(document, out);
    return out.toByteArray();
  }

  byte[] pdf(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    checkedGlyphs = pdf.render(document, out);
    checked = document;
    return out.toByteArray();
  }
}
