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
 * model beside them; the CLI wires them.
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
        .layer("typeset").definedBy("cn.nianbao.typeset..")
        .layer("render").definedBy("cn.nianbao.render..")
        .layer("cli").definedBy("cn.nianbao.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("render").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("template").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("binder").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("validate").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("model").mayOnlyBeAccessedByLayers("binder", "validate", "template", "cli")
        .whereLayer("typeset").mayOnlyBeAccessedByLayers("render", "cli")
        .whereLayer("spec").mayOnlyBeAccessedByLayers("typeset", "render", "cli")
        .whereLayer("document").mayOnlyBeAccessedByLayers("template", "spec", "typeset", "render",
            "cli")
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
            "cn.nianbao.render.html..", "cn.nianbao.typeset..", "cn.nianbao.spec..",
            "cn.nianbao.document..", "java..")
        .check(imported);
  }
}
