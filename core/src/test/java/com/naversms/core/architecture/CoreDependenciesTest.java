package com.naversms.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is the domain: it imports only {@code java.*} and itself (STYLE.md 1). Only the config
 * package, the YAML/JSON/template boundary, may use Jackson, SnakeYAML and Pebble; nothing in the
 * core may reach AWS, HTTP, SQL or a browser.
 */
class CoreDependenciesTest {
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
  void coreOutsideConfig_dependsOnlyOnJavaAndTheCore() {
    noClasses()
        .that()
        .resideInAPackage("com.naversms.core..")
        .and()
        .resideOutsideOfPackage("com.naversms.core.config..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "com.naversms.core..")
        .check(core);
  }

  @Test
  void parsersAndTemplateEngine_onlyInConfig() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.naversms.core.config..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "io.pebbletemplates..")
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
