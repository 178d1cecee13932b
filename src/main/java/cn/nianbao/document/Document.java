package cn.nianbao.document;

import java.util.List;
import java.util.Objects;

/**
 * A whole report as laid out for rendering: the page setup and the blocks in reading order.
 *
 * @param page   paper size and margins
 * @param blocks the content, in order
 * @param draft  true when every page must carry a visible draft mark
 * @param info   title, author and date the files record about themselves
 */
public record Document(PageSetup page, List<Block> blocks, boolean draft, DocumentInfo info) {
  public Document {
    Objects.requireNonNull(page, "page");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(info, "info");
  }

  /** A document without report metadata ({@link DocumentInfo#NONE}). */
  public Document(PageSetup page, List<Block> blocks, boolean draft) {
    this(page, blocks, draft, DocumentInfo.NONE);
  }

  /** A final (non-draft) document. */
  public Document(PageSetup page, List<Block> blocks) {
    this(page, blocks, false);
  }

  /** The same document with the draft mark switched on or off. */
  public Document withDraft(boolean draftMark) {
    return new Document(page, blocks, draftMark, info);
  }

  /** The same document with other metadata. */
  public Document withInfo(DocumentInfo newInfo) {
    return new Document(page, blocks, draft, newInfo);
  }

  /** Calls the visitor for each block in order. */
  public void accept(BlockVisitor visitor) {
    for (Block block : blocks) {
      block.accept(visitor);
    }
  }
}
