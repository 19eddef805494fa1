package com.naversms.adapters.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.naver.BookingJson;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An adapter reads its own wire format (the Naver adapter its booking JSON) with the core's input
 * helpers ({@code core.input}); it never calls into the operator config ({@code core.config}),
 * which reads only the operator's YAML (docs/design.md, Layout).
 */
class OperatorConfigApartTest {
  private static JavaClasses adapters;

  @BeforeAll
  static void importAdapters() {
    adapters =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.naversms.adapters");
  }

  @Test
  void theImportSeesTheNaverCodec() {
    assertThat(adapters.contain(BookingJson.class)).isTrue();
  }

  @Test
  void adapters_neverUseTheOperatorConfig() {
    noClasses()
        .that()
        .resideInAPackage("com.naversms.adapters..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.naversms.core.config..")
        .check(adapters);
  }
}
