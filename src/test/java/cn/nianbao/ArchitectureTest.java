package cn.nianbao;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Arrows point one way: data → binder → template → document → renderers; the checker reads the
 * model beside them; the facade ({@code cn.nianbao.Nianbao}) wires them, and the CLI is built on
 * the facade (it never binds or runs templates itself).
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
        .layer("render").definedBy("cn.nianbao.render..")
        .layer("api").definedBy("cn.nianbao")
        .layer("starter").definedBy("cn.nianbao.starter..")
        .layer("cli").definedBy("cn.nianbao.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("render").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("template").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("binder").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("validate").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("starter").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("model").mayOnlyBeAccessedByLayers("binder", "validate", "template", "starter", "api", "cli")
        .whereLayer("document").mayOnlyBeAccessedByLayers("template", "render", "api", "cli")
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
  void fontsKnowOnlyTheDocumentModel() {
    noClasses().that().resideInAPackage("cn.nianbao.render.fonts..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.model..",
            "cn.nianbao.binder..", "cn.nianbao.template..", "cn.nianbao.render.pdf..",
            "cn.nianbao.render.docx..", "cn.nianbao.cli..")
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
  void theHtmlPreviewSeesOnlyTheDocumentModelAndTheJdk() {
    classes().that().resideInAPackage("cn.nianbao.render.html..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "cn.nianbao.render.html..", "cn.nianbao.document..", "java..")
        .check(imported);
  }
}
