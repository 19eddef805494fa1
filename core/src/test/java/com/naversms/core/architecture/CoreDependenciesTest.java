package com.naversms.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is the domain: it imports only {@code java.*} and itself (STYLE.md 1). Three boundary
 * packages may use a parser: the operator config (SnakeYAML, Jackson's YAML), the templates
 * (Pebble) and the input files (Jackson's JSON); nothing in the core may reach AWS, HTTP, SQL or a
 * browser. The map of the packages: docs/design.md, section "Layout".
 */
class CoreDependenciesTest {
  /** The packages where input text becomes values: operator YAML, templates, input files. */
  private static final String[] BOUNDARIES = {
    "com.naversms.core.config..", "com.naversms.core.template..", "com.naversms.core.input.."
  };

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.naversms.core");
  }

  @Test
  void theImportSeesTheCore() {
    org.assertj.core.api.Assertions.assertThat(
            core.contain(com.naversms.core.plan.Planner.class)
                && core.contain(com.naversms.core.rules.Evaluator.class))
        .isTrue();
  }

  @Test
  void coreOutsideTheBoundaries_dependsOnlyOnJavaAndTheCore() {
    noClasses()
        .that()
        .resideInAPackage("com.naversms.core..")
        .and()
        .resideOutsideOfPackages(BOUNDARIES)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "com.naversms.core..")
        .check(core);
  }

  @Test
  void parsersAndTemplateEngine_onlyInTheBoundaries() {
    noClasses()
        .that()
        .resideOutsideOfPackages(BOUNDARIES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "io.pebbletemplates..")
        .check(core);
  }

  @Test
  void yaml_onlyInTheOperatorConfig() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.naversms.core.config..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.yaml.snakeyaml..")
        .check(core);
  }

  @Test
  void templateEngine_onlyInTemplatesAndTheirChecks() {
    noClasses()
        .that()
        .resideOutsideOfPackages("com.naversms.core.template..", "com.naversms.core.config..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.pebbletemplates..")
        .check(core);
  }

  /**
   * The product below the use case knows nothing of who calls it: no package reaches back up (the
   * migration wing, which replays cycles, may).
   */
  @Test
  void theProductBelowTheCycle_neverUsesTheCycle() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.naversms.core.booking..",
            "com.naversms.core.rules..",
            "com.naversms.core.template..",
            "com.naversms.core.config..",
            "com.naversms.core.input..",
            "com.naversms.core.cost..",
            "com.naversms.core.plan..",
            "com.naversms.core.delivery..",
            "com.naversms.core.state..",
            "com.naversms.core.session..",
            "com.naversms.core.secrets..",
            "com.naversms.core.observability..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.naversms.core.cycle..")
        .check(core);
  }

  @Test
  void planner_rulesAndTemplates_neverReachDelivery() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.naversms.core.booking..",
            "com.naversms.core.rules..",
            "com.naversms.core.template..",
            "com.naversms.core.plan..",
            "com.naversms.core.config..",
            "com.naversms.core.input..",
            "com.naversms.core.cost..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.naversms.core.delivery..")
        .check(core);
  }

  @Test
  void theOperatorConfig_isYamlOnly_noJsonWireFormat() {
    noClasses()
        .that()
        .resideInAPackage("com.naversms.core.config..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(core);
  }

  @Test
  void noAwsHttpSqlOrBrowser_anywhereInCore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon..",
            "com.amazonaws..",
            "java.net.http..",
            "java.sql..",
            "javax.sql..",
            "org.openqa..")
        .check(core);
  }
}
