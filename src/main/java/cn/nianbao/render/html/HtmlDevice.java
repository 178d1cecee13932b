package cn.nianbao.render.html;

import cn.nianbao.render.fonts.Face;
import cn.nianbao.render.fonts.FontSource;
import cn.nianbao.spec.Spec;
import cn.nianbao.typeset.CellBox;
import cn.nianbao.typeset.Page;
import cn.nianbao.typeset.TextLine;
import cn.nianbao.typeset.TextRun;
import cn.nianbao.typeset.Watermark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws laid-out pages as HTML: one {@code section.page} per page ({@code data-page="N"}), each
 * run absolutely positioned at the page model's coordinates in points, each cell box with its
 * rules; lines and cells made from the data carry {@code data-span="line:column"} and cells
 * {@code data-cell="<table/row/column>"}. It decides nothing.
 */
final class HtmlDevice {
  private HtmlDevice() {}

  static void draw(List<Page> pages, String title, boolean draft, String fontUrl,
      HtmlWriter html) {
    Map<Face, String> faces = fontUrl == null ? Map.of() : faces(pages);
    head(html, title, draft, fontUrl, faces);
    html.tag("body");
    html.line();
    if (draft) {
      html.tag("div", "class", "draft-mark", "role", "note");
      html.text(Spec.DRAFT_NOTE);
      html.end("div");
      html.line();
    }
    html.tag("main", "class", "pages");
    html.line();
    for (Page page : pages) {
      page(html, page, faces);
    }
    html.end("main");
    html.line();
    html.end("body");
    html.line();
    html.end("html");
    html.line();
  }

  private static void head(HtmlWriter html, String title, boolean draft, String fontUrl,
      Map<Face, String> faces) {
    html.raw("<!DOCTYPE html>\n");
    html.tag("html", "lang", "zh-CN");
    html.line();
    html.tag("head");
    html.line();
    html.voidTag("meta", "charset", "utf-8");
    html.line();
    html.voidTag("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.line();
    html.tag("title");
    html.text((draft ? Spec.DRAFT_TITLE_PREFIX : "") + title);
    html.end("title");
    html.line();
    html.tag("style");
    html.line();
    html.raw(PageStyle.css());
    faces.forEach((face, family) -> html.raw(PageStyle.fontFace(family, fontUrl + file(face))));
    html.end("style");
    html.line();
    html.end("head");
    html.line();
  }

  /** Every face the pages use, with the CSS family it is loaded as. */
  private static Map<Face, String> faces(List<Page> pages) {
    Map<Face, String> out = new LinkedHashMap<>();
    for (Page page : pages) {
      for (TextLine line : page.lines()) {
        for (TextRun run : line.runs()) {
          out.computeIfAbsent(run.face(), f -> "nb-" + f.postscriptName());
        }
      }
      if (page.watermark() != null) {
        out.computeIfAbsent(page.watermark().face(), f -> "nb-" + f.postscriptName());
      }
    }
    return out;
  }

  private static String file(Face face) {
    String location = face.source() == FontSource.BUNDLED ? face.location()
        : face.location().replaceFirst(",\\d+$", "");
    return location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
  }

  private static void page(HtmlWriter html, Page page, Map<Face, String> faces) {
    html.tag("section", "class", "page", "data-page", Integer.toString(page.number()), "style",
        "width: " + pt(page.width()) + "; height: " + pt(page.height()));
    html.line();
    for (CellBox box : page.cells()) {
      html.tag("div", "class", "cell",
          "data-cell", box.origin().cell() == null ? null : box.origin().cell().id(),
          "data-span", span(box.origin()),
          // The PDF strokes the rules centred on the box's edges; CSS borders lie inside it.
          "style", "left: " + pt(box.x() - box.border() / 2) + "; top: "
              + pt(box.y() - box.border() / 2) + "; width: " + pt(box.width() + box.border())
              + "; height: " + pt(box.height() + box.border()) + "; border-width: "
              + pt(box.border()));
      html.end("div");
      html.line();
    }
    for (TextLine line : page.lines()) {
      line(html, line, faces);
    }
    if (page.watermark() != null) {
      watermark(html, page.watermark(), faces);
    }
    html.end("section");
    html.line();
  }

  private static void line(HtmlWriter html, TextLine line, Map<Face, String> faces) {
    html.tag("div", "class", "line " + line.kind().name().toLowerCase(Locale.ROOT),
        "data-span", span(line.origin()),
        "data-cell", line.origin().cell() == null ? null : line.origin().cell().id(),
        "style", line.rgb() == 0 ? null : "color: " + PageStyle.rgb(line.rgb()));
    for (TextRun run : line.runs()) {
      String family = faces.get(run.face());
      html.tag("span", "class", "f-" + run.role().name().toLowerCase(Locale.ROOT), "style",
          "left: " + pt(run.x()) + "; top: " + pt(line.baseline() - Spec.ASCENT_EM * run.size())
              + "; font-size: " + pt(run.size()) + "; letter-spacing: " + pt(run.spacing())
              + (family == null ? ""
                  : "; font-family: \"" + family + "\", " + PageStyle.families(run.role())));
      html.text(run.text());
      html.end("span");
    }
    html.end("div");
    html.line();
  }

  private static void watermark(HtmlWriter html, Watermark mark, Map<Face, String> faces) {
    String family = faces.get(mark.face());
    html.tag("div", "class", "watermark f-" + mark.role().name().toLowerCase(Locale.ROOT),
        "aria-hidden", "true", "style",
        "left: " + pt(mark.x()) + "; top: " + pt(mark.y() - Spec.ASCENT_EM * mark.size())
            + "; font-size: " + pt(mark.size()) + "; color: " + PageStyle.rgb(mark.rgb())
            + "; transform: translateX(-50%) rotate(" + PageStyle.num(-mark.angle()) + "deg)"
            + (family == null ? "" : "; font-family: \"" + family + "\""));
    html.text(mark.text());
    html.end("div");
    html.line();
  }

  private static String span(cn.nianbao.document.Origin origin) {
    return origin.span() == null ? null
        : origin.span().startLine() + ":" + origin.span().startColumn();
  }

  private static String pt(double value) {
    return PageStyle.num(value) + "pt";
  }
}
