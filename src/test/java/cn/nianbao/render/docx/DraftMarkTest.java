package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

class DraftMarkTest {
  @Test
  void draftHasARedMarkOnOddAndEvenPages() {
    XWPFDocument doc = Samples.renderAndRead(Samples.report().withDraft(true));
    XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
    for (XWPFHeader header : new XWPFHeader[] {
        policy.getDefaultHeader(), policy.getEvenPageHeader()}) {
      assertEquals(DocxRenderer.DRAFT_MARK, header.getText().trim());
      XWPFRun run = header.getParagraphs().get(0).getRuns().get(0);
      assertEquals("FF0000", run.getColor());
      assertTrue(run.isBold());
    }
  }

  @Test
  void finalDocumentHasNoHeaderAtAll() {
    XWPFDocument doc = Samples.renderAndRead(Samples.report());
    assertEquals(0, doc.getHeaderList().size());
    assertNull(doc.getHeaderFooterPolicy().getDefaultHeader());
    assertTrue(doc.getDocument().getBody().getSectPr().getHeaderReferenceList().isEmpty());
  }
}
