package cn.nianbao.workbench;

import cn.nianbao.Nianbao;
import cn.nianbao.diagnostic.Diagnostic;
import cn.nianbao.document.Document;
import java.util.List;

/**
 * The DOCX and PDF of the snapshot shown: the same bytes {@code nianbao render} writes for the
 * same files (with {@code --draft} for a draft), or why they cannot be made now.
 */
final class Downloads {
  /** What a download answers: the file, or the reason it is refused (in Chinese). */
  record Result(byte[] bytes, String refusal) {}

  private final Nianbao nianbao;

  Downloads(Nianbao nianbao) {
    this.nianbao = nianbao;
  }

  /** The DOCX ({@code pdf} false) or the PDF of {@code snapshot}; a draft when {@code draft}. */
  Result make(Snapshot snapshot, boolean pdf, boolean draft) {
    String refusal = refusal(snapshot, draft);
    if (refusal != null) {
      return new Result(null, refusal);
    }
    Document document = nianbao.document(snapshot.report(), draft);
    return new Result(pdf ? nianbao.pdf(document) : nianbao.docx(document), null);
  }

  private static String refusal(Snapshot snapshot, boolean draft) {
    List<Diagnostic> errors = snapshot.problems().stream().filter(Diagnostic::isError).toList();
    if (!snapshot.bound()) {
      return "数据文件有 " + errors.size() + " 处问题，无法生成（第一处：" + errors.get(0) + "）。";
    }
    List<Diagnostic> glyphs = errors.stream().filter(d -> Diagnostic.GLYPH.equals(d.code())).toList();
    if (!glyphs.isEmpty()) {
      return "有 " + glyphs.size() + " 个字符在所有字体中都没有字形，无法生成（第一处：" + glyphs.get(0) + "）。";
    }
    if (!errors.isEmpty() && !draft) {
      return "数字核对有 " + errors.size() + " 处错误，不能生成正式报告：请先改正，或下载标有“草稿”的草稿。";
    }
    return null;
  }
}
