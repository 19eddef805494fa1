package com.naversms.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.app.cli.Main;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.migration.MigrationWing;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migration wing (module parity) stands apart, so that deleting the module retires it: the
 * product (core, adapters, app) never names its packages; it finds the wing only through {@code
 * core.migration.MigrationWing} (ServiceLoader), and only the CLI's WingCommands and the wiring ask
 * for it.
 */
class MigrationWingApartTest {
  private static JavaClasses all;

  @BeforeAll
  static void importEverything() {
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.naversms");
  }

  @Test
  void theImportSeesTheProductAndTheWing() {
    assertThat(all.contain(Main.class) && all.contain(MigrationWing.class)).isTrue();
    assertThat(all.containPackage("com.naversms.parity.comparison")).isTrue();
  }

  @Test
  void coreAdaptersAndApp_neverDependOnTheWingsPackages() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.naversms.core..",
            "com.naversms.adapters..",
            "com.naversms.formats..",
            "com.naversms.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.naversms.parity..")
        .check(all);
  }

  @Test
  void onlyTheCliAndTheWiringAskForTheWing() {
    noClasses()
        .that()
        .resideOutsideOfPackages("com.naversms.parity..", "com.naversms.core.migration..")
        .and()
        .doNotHaveFullyQualifiedName("com.naversms.app.cli.WingCommands")
        .and()
        .doNotBelongToAnyOf(Wiring.class)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(MigrationWing.class)
        .check(all);
  }
}
