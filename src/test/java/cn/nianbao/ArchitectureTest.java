package cn.nianbao;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Arrows point one way: data → binder → template → document → spec → fonts → typesetter (pages)
 * → devices (PDF, preview; the DOCX from the document and the spec); the checker reads the model
 * beside them; the facade ({@code cn.nianbao.Nianbao}) wires them and the CLI is built on it, the
 * workbench ({@code serve}) too, between the two.
 */
class ArchitectureTest {
  private final JavaClasses imported = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("cn.nianbao");

  @Test
  void stagesDependOnlyOnEarlierStages() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("model").definedBy("cn.nianbao.model..")
        .layer("binder").definedBy("cn.nianbao.binder..")
        .layer("validate").definedBy("cn.nianbao.validate..")
        .layer("template").definedBy("cn.nianbao.template..")
        .layer("document").definedBy("cn.nianbao.document..")
        .layer("spec").definedBy("cn.nianbao.spec..")
        .layer("fonts").definedBy("cn.nianbao.render.fonts..")
        .layer("color").definedBy("cn.nianbao.render.color..")
        .layer("typeset").definedBy("cn.nianbao.typeset..")
        .layer("devices").definedBy("cn.nianbao.render.pdf..", "cn.nianbao.render.docx..",
            "cn.nianbao.render.html..")
        .layer("starter").definedBy("cn.nianbao.starter..")
        .layer("importer").definedBy("cn.nianbao.importer..")
        .layer("edit").definedBy("cn.nianbao.edit..")
        .layer("api").definedBy("cn.nianbao")
        .layer("workbench").definedBy("cn.nianbao.workbench..")
        .layer("cli").definedBy("cn.nianbao.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("workbench").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("api").mayOnlyBeAccessedByLayers("cli", "workbench")
        .whereLayer("devices").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("typeset").mayOnlyBeAccessedByLayers("devices", "api", "cli")
        .whereLayer("color").mayOnlyBeAccessedByLayers("devices")
        .whereLayer("fonts").mayOnlyBeAccessedByLayers("typeset", "devices", "api", "cli", "workbench")
        .whereLayer("spec").mayOnlyBeAccessedByLayers("fonts", "typeset", "devices", "api", "cli")
        .whereLayer("template").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("binder").mayOnlyBeAccessedByLayers("api", "cli", "edit")
        .whereLayer("validate").mayOnlyBeAccessedByLayers("api", "cli", "workbench")
        .whereLayer("importer").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("starter").mayOnlyBeAccessedByLayers("importer", "cli")
        .whereLayer("model").mayOnlyBeAccessedByLayers("binder", "validate", "template", "starter",
            "importer", "api", "cli", "edit", "workbench")
        .whereLayer("document").mayOnlyBeAccessedByLayers("template", "spec", "fonts", "typeset",
            "devices", "api", "cli", "workbench")
        .check(imported);
  }

  @Test
  void theDataFileEditorBuildsOnTheBinderOnly() {
    classes().that().resideInAPackage("cn.nianbao.edit..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("cn.nianbao.edit..",
            "cn.nianbao.diagnostic..", "cn.nianbao.model..", "cn.nianbao.binder..", "java..")
        .check(imported);
  }

  @Test
  void devicesDependOnThePageModelNotTheReverse() {
    noClasses().that().resideInAPackage("cn.nianbao.typeset..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.render.pdf..",
            "cn.nianbao.render.html..", "cn.nianbao.render.docx..", "com.lowagie..",
            "org.apache.poi..")
        .check(imported);
    classes().that().resideInAnyPackage("cn.nianbao.render.pdf..", "cn.nianbao.render.html..")
        .and().haveSimpleNameEndingWith("Device")
        .should().dependOnClassesThat().resideInAPackage("cn.nianbao.typeset..")
        .check(imported);
  }

  @Test
  void onlyThePdfDeviceUsesOpenPdf() {
    noClasses().that().resideOutsideOfPackage("cn.nianbao.render.pdf..")
        .should().dependOnClassesThat().resideInAPackage("com.lowagie..")
        .check(imported);
  }

  @Test
  void onlyTheDocxRendererUsesPoi() {
    noClasses().that().resideOutsideOfPackage("cn.nianbao.render.docx..")
        .and().resideOutsideOfPackage("cn.nianbao.importer..") // reads DOCX, never writes one
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..",
            "org.openxmlformats..")
        .check(imported);
  }

  @Test
  void theCheckerReadsOnlyTheModel() {
    noClasses().that().resideInAPackage("cn.nianbao.validate..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.binder..",
            "cn.nianbao.template..", "cn.nianbao.document..", "cn.nianbao.render..", "cn.nianbao.cli..")
        .check(imported);
  }

  @Test
  void renderersKnowTheDocumentModelButNeverTheReportData() {
    noClasses().that().resideInAPackage("cn.nianbao.render..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.model..", "cn.nianbao.binder..")
        .check(imported);
  }

  @Test
  void fontsKnowOnlyTheDocumentModelAndTheSpec() {
    noClasses().that().resideInAPackage("cn.nianbao.render.fonts..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.model..",
            "cn.nianbao.binder..", "cn.nianbao.template..", "cn.nianbao.render.pdf..",
            "cn.nianbao.render.docx..", "cn.nianbao.typeset..", "cn.nianbao.cli..")
        .check(imported);
  }

  @Test
  void eachRendererStandsAlone() {
    noClasses().that().resideInAPackage("cn.nianbao.render.docx..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.render.pdf..", "com.lowagie..")
        .check(imported);
    noClasses().that().resideInAPackage("cn.nianbao.render.pdf..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.render.docx..", "org.apache.poi..")
        .check(imported);
  }

  @Test
  void theHtmlPreviewSeesOnlyThePagesTheirFontsAndTheJdk() {
    classes().that().resideInAPackage("cn.nianbao.render.html..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "cn.nianbao.render.html..", "cn.nianbao.typeset..", "cn.nianbao.spec..",
            "cn.nianbao.render.fonts..", "cn.nianbao.document..", "cn.nianbao.diagnostic..",
            "java..")
        .check(imported);
  }
}
