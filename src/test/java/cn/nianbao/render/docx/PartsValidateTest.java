package cn.nianbao.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.binder.ReportBinder;
import cn.nianbao.document.Document;
import cn.nianbao.template.ReportTemplates;
import cn.nianbao.testing.Examples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;

/**
 * Every XML part of the DOCX of every example and of the long report (final and draft) is parsed
 * with the full ECMA-376 schema types (poi-ooxml-full) and validated: element order, allowed
 * children, attribute types and values. The schema types have no class for
 * {@code [Content_Types].xml} and {@code docProps/core.xml}; those two are read by POI's package
 * layer, which checks them against the Open Packaging Conventions.
 */
class PartsValidateTest {
  private static final Path LONG = Path.of("src/test/resources/long-report/long-2021.yaml");
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String CORE = "docProps/core.xml";

  /** Parses one kind of part into its schema type. */
  private interface Parser {
    XmlObject parse(InputStream xml, XmlOptions options) throws XmlException, IOException;
  }

  static List<Object[]> documents() throws Exception {
    List<Object[]> out = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    Examples.ALL.forEach(e -> paths.add(e.path()));
    paths.add(LONG);
    for (Path path : paths) {
      Document doc = ReportTemplates.bundled().produce(ReportBinder.bind(path));
      String name = path.getFileName().toString();
      out.add(new Object[] {name, doc});
      out.add(new Object[] {name + " (draft)", doc.withDraft(true)});
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyXmlPartValidatesAgainstTheFullSchema(String name, Document doc) throws Exception {
    Map<String, byte[]> parts = unzip(render(doc));
    List<String> errors = new ArrayList<>();
    List<String> validated = new ArrayList<>();
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      String partName = part.getKey();
      if (partName.equals(CONTENT_TYPES) || partName.equals(CORE)) {
        continue; // no schema type: see packageIsReadAsOpc
      }
      Parser parser = parser(partName);
      assertNotNull(parser, "no schema type for part " + partName);
      List<XmlError> found = new ArrayList<>();
      XmlOptions options = new XmlOptions().setErrorListener(found);
      XmlObject parsed = parser.parse(new ByteArrayInputStream(part.getValue()), options);
      if (!parsed.validate(options) || !found.isEmpty()) {
        found.forEach(e -> errors.add(partName + ": " + e));
        if (found.isEmpty()) {
          errors.add(partName + ": invalid, no error listed");
        }
      }
      validated.add(partName);
    }
    assertEquals(List.of(), errors);
    int expected = doc.draft() ? 10 : 8; // rels ×2, app, document, styles, settings, footers ×2
    assertEquals(expected, validated.size(), validated.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void packageIsReadAsOpc(String name, Document doc) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(render(doc)))) {
      for (PackagePart part : pkg.getParts()) {
        assertTrue(part.getContentType().startsWith("application/"), part.getPartName().getName());
      }
      assertEquals(doc.info().title(), pkg.getPackageProperties().getTitleProperty().orElse(""));
      assertTrue(pkg.getPackageProperties().getCreatedProperty().isPresent());
      assertTrue(pkg.getPackageProperties().getModifiedProperty().isPresent());
    }
  }

  /** The schema type for a part, by its name; null when none is known. */
  private static Parser parser(String part) {
    if (part.endsWith(".rels")) {
      return RelationshipsDocument.Factory::parse;
    }
    return switch (part.replaceAll("\\d+\\.xml$", "N.xml")) {
      case "docProps/app.xml" -> PropertiesDocument.Factory::parse;
      case "word/document.xml" -> DocumentDocument.Factory::parse;
      case "word/styles.xml" -> StylesDocument.Factory::parse;
      case "word/settings.xml" -> SettingsDocument.Factory::parse;
      case "word/footerN.xml" -> FtrDocument.Factory::parse;
      case "word/headerN.xml" -> HdrDocument.Factory::parse;
      default -> null;
    };
  }

  private static Map<String, byte[]> unzip(byte[] docx) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        parts.put(entry.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  private static byte[] render(Document doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRenderer.create().render(doc, out);
    return out.toByteArray();
  }
}
