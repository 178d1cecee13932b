package cn.nianbao.render.docx;

import cn.nianbao.spec.Spec;
import cn.nianbao.document.Block;
import cn.nianbao.document.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Renders a {@link Document} as a Word (DOCX) file laid out per GB/T 9704-2012: A4 with the
 * page's margins, named styles for title, body, headings and table text (so users can restyle in
 * Word), the official fonts by East Asian name (no fonts are embedded), page numbers {@code — N —}
 * on the outer side, and a red header mark on every page when the document is a draft.
 *
 * <p>Instances hold no per-document state: one renderer can be reused, also from several threads.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   DocxRenderer.create().render(document, out);
 * }
 * }</pre>
 */
public final class DocxRenderer {
  /** The header text on every page of a draft. */
  public static final String DRAFT_MARK = Spec.DRAFT_NOTE;

  private DocxRenderer() {}

  /** A renderer with the GB/T 9704 layout. */
  public static DocxRenderer create() {
    return new DocxRenderer();
  }

  /**
   * Writes the document as DOCX to {@code out}. The stream is not closed.
   *
   * @throws IOException if writing to {@code out} fails
   */
  public void render(Document doc, OutputStream out) throws IOException {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(out, "out");
    DocxWriter writer = new DocxWriter(doc.page());
    BlockRenderer blocks = new BlockRenderer(writer);
    for (Block block : doc.blocks()) {
      blocks.render(block);
    }
    writer.write(out, doc.draft() ? DRAFT_MARK : null, doc.info());
  }
}
