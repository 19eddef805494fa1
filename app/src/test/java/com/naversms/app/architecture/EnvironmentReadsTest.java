package com.naversms.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.app.cli.Main;
import com.naversms.app.settings.Environment;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The environment is read in one layer, {@code app.settings}: its {@link Environment#process()} is
 * the one call of {@code System.getenv}, and each adapter's settings record is built there, so a
 * variable has one name, one default and one error message. Tests are exempt (they start children
 * with the test JVM's {@code PATH} and find a local Chromium); the bench module, outside this
 * classpath, goes through {@code Environment.process()} too.
 */
class EnvironmentReadsTest {
  private static JavaClasses all;

  @BeforeAll
  static void importEverything() {
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // test-jars too
            .importPackages("com.naversms");
  }

  @Test
  void theImportSeesCoreAdaptersAppAndSimulator() {
    assertThat(all.contain(Main.class)).isTrue();
    assertThat(all.containPackage("com.naversms.adapters.dynamodb")).isTrue();
    assertThat(all.containPackage("com.naversms.simulator")).isTrue();
  }

  @Test
  void onlyTheSettingsLayer_readsTheEnvironment() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.naversms.app.settings..")
        .should()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .because("variables are read once, in app.settings (README, Architecture)")
        .check(all);
  }
}
