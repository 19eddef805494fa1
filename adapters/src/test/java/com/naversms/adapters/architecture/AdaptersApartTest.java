package com.naversms.adapters.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Adapters are kept apart: no adapter package ({@code com.naversms.adapters.X}) depends on another,
 * so each one can be read, replaced or deleted alone (buckpal's rule, STYLE.md). What several
 * adapters need lives in a shared package, allowed here by name:
 *
 * <ul>
 *   <li>{@code http}: the JDK HTTP transport, bounded retries ({@code Backoff}, {@code Attempts},
 *       {@code Sleeper}), message chunks; DynamoDB's retry layer uses its {@code Backoff} too
 *   <li>{@code session}: the stored form of the Naver session ({@code CookieJson}), which every
 *       session store (DynamoDB, SQLite, JSON file) and the login function's answer share
 *   <li>{@code files}: owner-only files and folders
 *   <li>{@code env}: yes/no switches ({@code BooleanSetting})
 *   <li>{@code ledger}: the stored form of a message-ledger entry ({@code LedgerItem}), which the
 *       SQLite and DynamoDB ledgers share
 *   <li>{@code redaction}: the secrets loaded so far and how output hides them and personal data
 *       ({@code LoadedSecrets}, {@code Redaction}); the secrets adapter registers, the logs redact
 * </ul>
 *
 * Shared packages depend on no adapter package. Everything else (core ports, the libraries) is free
 * to use.
 */
class AdaptersApartTest {
  static final String[] SHARED = {
    "com.naversms.adapters.http..",
    "com.naversms.adapters.session..",
    "com.naversms.adapters.files..",
    "com.naversms.adapters.env..",
    "com.naversms.adapters.redaction..",
    "com.naversms.adapters.ledger.."
  };

  private static JavaClasses adapters;

  @BeforeAll
  static void importAdapters() {
    adapters =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.naversms.adapters");
  }

  @Test
  void theImportSeesTheAdapters() {
    assertThat(adapters.containPackage("com.naversms.adapters.dynamodb")).isTrue();
    assertThat(adapters.containPackage("com.naversms.adapters.sqlite")).isTrue();
    assertThat(adapters.containPackage("com.naversms.adapters.naver")).isTrue();
  }

  @Test
  void noAdapterPackage_dependsOnAnother() {
    slices()
        .matching("com.naversms.adapters.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(SHARED))
        .check(adapters);
  }
}
