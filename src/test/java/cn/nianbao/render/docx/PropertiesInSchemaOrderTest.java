package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Word's validator requires the children of w:rPr, w:pPr, w:tcPr, w:tblPr, w:sectPr and w:style
 * in the fixed sequence of ECMA-376; every XML part of every example (final and draft) is read
 * back and checked.
 */
class PropertiesInSchemaOrderTest {
  /** Pairs that ECMA-376 orders (first must come before second), stated independently. */
  private static final List<String[]> KNOWN = List.of(
      new String[] {"rPr", "rFonts", "spacing"}, new String[] {"rPr", "spacing", "sz"},
      new String[] {"rPr", "sz", "lang"}, new String[] {"rPr", "b", "color"},
      new String[] {"pPr", "pStyle", "keepNext"}, new String[] {"pPr", "keepNext", "spacing"},
      new String[] {"pPr", "snapToGrid", "spacing"}, new String[] {"pPr", "spacing", "ind"},
      new String[] {"pPr", "ind", "jc"}, new String[] {"pPr", "jc", "outlineLvl"},
      new String[] {"style", "link", "qFormat"}, new String[] {"style", "qFormat", "pPr"},
      new String[] {"style", "pPr", "rPr"}, new String[] {"sectPr", "pgSz", "pgMar"},
      new String[] {"sectPr", "pgMar", "docGrid"}, new String[] {"tcPr", "tcW", "vMerge"},
      new String[] {"tcPr", "gridSpan", "vAlign"}, new String[] {"tblPr", "tblW", "tblLayout"});

  static List<Object[]> documents() throws Exception {
    List<Object[]> out = new ArrayList<>();
    for (Examples.Example e : Examples.ALL) {
      Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(e.path()));
      out.add(new Object[] {e.name(), doc});
      out.add(new Object[] {e.name() + " (draft)", doc.withDraft(true)});
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyPropertyElementIsInSequence(String name, Document doc) throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, Element> part : xmlParts(doc).entrySet()) {
      NodeList all = part.getValue().getElementsByTagNameNS(SchemaOrder.WML, "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        List<String> children = childNames(e);
        List<String> sequence = SchemaOrder.SEQUENCES.get(e.getLocalName());
        if (sequence == null) {
          continue;
        }
        checked++;
        for (int k = 1; k < children.size(); k++) {
          if (SchemaOrder.rank(sequence, children.get(k - 1))
              > SchemaOrder.rank(sequence, children.get(k))) {
            wrong.add(part.getKey() + " " + e.getLocalName() + ": " + children);
          }
        }
        for (String[] rule : KNOWN) {
          int a = children.indexOf(rule[1]);
          int b = children.indexOf(rule[2]);
          if (rule[0].equals(e.getLocalName()) && a >= 0 && b >= 0 && a > b) {
            wrong.add(part.getKey() + " " + rule[0] + ": " + rule[1] + " after " + rule[2]);
          }
        }
      }
    }
    assertTrue(checked > 50, "too few property elements found: " + checked);
    assertEquals(List.of(), wrong);
  }

  private static List<String> childNames(Element e) {
    List<String> names = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        names.add(child.getLocalName());
      }
    }
    return names;
  }

  private static Map<String, Element> xmlParts(Document doc) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DocxRenderer.create().render(doc, bytes);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Map<String, Element> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().startsWith("word/") && entry.getName().endsWith(".xml")) {
          byte[] xml = zip.readAllBytes();
          parts.put(entry.getName(), f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml)).getDocumentElement());
        }
      }
    }
    return parts;
  }
}
