package com.naversms.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.naversms.core.delivery.ActionResult;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executor and the cycle read the plan's deliveries, never the legacy flat action list: {@link
 * PlannedAction} is the output projection of plan JSON, compare and the validation campaign
 * (docs/design.md, "The plan"). The one exception is {@link ActionResult#action()}, which hands a
 * report the step in that shape.
 */
class PlanShapeTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.naversms.core");
  }

  @Test
  void executorAndCycle_neverReadTheFlatActionList() {
    noClasses()
        .that()
        .resideInAnyPackage("com.naversms.core.delivery..", "com.naversms.core.cycle..")
        .and()
        .doNotHaveFullyQualifiedName(ActionResult.class.getName())
        .should()
        .dependOnClassesThat()
        .haveNameMatching(PlannedAction.class.getName() + ".*")
        .orShould()
        .callMethod(Plan.class, "actions")
        .check(core);
  }
}
