package com.naversms.parity.comparison;

import com.naversms.core.migration.ComparisonMode.Input;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.parity.legacy.LegacyPlanner;
import java.util.function.Function;

/**
 * A baseline planner with the differences from the rules it is allowed: the one implementation of
 * "baseline plan + intended differences + comparison" that comparison mode, {@code naver-sms
 * compare} and the validation campaign share.
 *
 * @param name the baseline's name in reports and logs ({@code legacy}, or a rules file)
 * @param planner plans the baseline from the cycle's input
 * @param intended the differences that are intended for this cycle (none between rule files)
 */
public record Baseline(
    String name, PlanningFunction planner, Function<Input, IntendedDifferences> intended) {
  public static final String LEGACY = "legacy";

  /** The legacy algorithm, with the intended differences of docs/compatibility.md. */
  public static Baseline legacy() {
    return legacy(LegacyPlanner::plan);
  }

  /** Another planner held to the legacy's intended differences (the campaign's tests use it). */
  public static Baseline legacy(PlanningFunction planner) {
    return new Baseline(
        LEGACY, planner, in -> LegacyDifferences.forCycle(in.bookings(), in.records(), in.now()));
  }

  /** The rule planner on the input's configuration: every difference is unexpected. */
  public static Baseline rules(String name) {
    return new Baseline(name, Planner::plan, in -> IntendedDifferences.none());
  }

  /** Plans the baseline from {@code input} and compares the {@code candidate} plan with it. */
  public ComparisonReport compare(Input input, Plan candidate, String candidateName) {
    Plan baseline = planner.plan(input.bookings(), input.records(), input.now(), input.config());
    return PlanComparison.compare(baseline, candidate, intended.apply(input), name, candidateName);
  }
}
