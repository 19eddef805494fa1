package com.naversms.parity.validation;

import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.cycle.FetchWindows;
import com.naversms.core.migration.ComparisonMode.Input;
import com.naversms.core.plan.Plan;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.WaitingForOption;
import com.naversms.parity.comparison.Baseline;
import com.naversms.parity.comparison.ComparisonReport;
import com.naversms.parity.comparison.PlanningFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The validation campaign (docs/design.md 1): every golden scenario through the rule planner,
 * checked against its expectations, and through the legacy planner for parity.
 */
public final class Campaign {
  /**
   * @param candidate the rule planner
   * @param baseline the legacy planner
   * @param actionsAsMaps a plan's actions in the plan JSON shape
   */
  public record Planners(
      PlanningFunction candidate,
      PlanningFunction baseline,
      Function<Plan, List<Map<String, Object>>> actionsAsMaps) {}

  private Campaign() {}

  public static CampaignReport run(
      String dataset,
      List<Scenario> scenarios,
      Configuration config,
      Planners planners,
      Performance performance,
      Instant generatedAt) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      results.add(run(s, config, planners));
    }
    return new CampaignReport(dataset, generatedAt, results, performance);
  }

  public static ScenarioResult run(Scenario s, Configuration config, Planners planners) {
    Map<RecordKey, StoredRecord> records = new LinkedHashMap<>();
    s.records().forEach(r -> records.put(r.key(), r));
    long started = System.nanoTime();
    Plan plan = planners.candidate().plan(s.bookings(), records, s.at(), config);
    long micros = (System.nanoTime() - started) / 1000;
    ComparisonReport parity =
        Baseline.legacy(planners.baseline())
            .compare(new Input(s.bookings(), records, s.at(), config), plan, "rules");

    List<String> failures = new ArrayList<>();
    int problems = s.inputProblems().size() + plan.problems().size();
    if (s.expectedProblems() != null && s.expectedProblems() != problems) {
      failures.add(
          "expected "
              + s.expectedProblems()
              + " booking problem(s), got "
              + problems
              + problemList(s, plan));
    } else if (s.expectedProblems() == null && !s.inputProblems().isEmpty()) {
      failures.add("the scenario's input cannot be read" + problemList(s, plan));
    }
    List<Map<String, Object>> actions = planners.actionsAsMaps().apply(plan);
    failures.addAll(ExpectedActions.differences(s.expectedActions(), actions, s.exhaustive()));
    s.expectedCounts()
        .forEach((type, count) -> {
          long n = actions.stream().filter(a -> type.equals(a.get("type"))).count();
          if (n != count) {
            failures.add("expected " + count + " " + type + " action(s), got " + n);
          }
        });
    if (s.expectedFetch() != null) {
      List<Map<String, Object>> fetch =
          FetchWindows.forCycle(config.stores(), WaitingForOption.of(s.records()), s.at()).stream()
              .map(Campaign::fetchMap)
              .toList();
      ExpectedActions.differences(s.expectedFetch(), fetch, true).stream()
          .map(d -> "fetch: " + d.replace("action", "request"))
          .forEach(failures::add);
    }
    ScenarioResult result = new ScenarioResult(s, failures, parity, plan.actions().size(), micros);
    if (s.expectedIntended() != null
        && !new TreeSet<>(s.expectedIntended()).equals(new TreeSet<>(result.intendedIds()))) {
      List<String> more = new ArrayList<>(failures);
      more.add(
          "expected intended differences from the legacy baseline "
              + new TreeSet<>(s.expectedIntended())
              + ", found "
              + result.intendedIds());
      return new ScenarioResult(s, more, parity, plan.actions().size(), micros);
    }
    return result;
  }

  private static String problemList(Scenario s, Plan plan) {
    List<String> all = new ArrayList<>();
    s.inputProblems().forEach(p -> all.add(p.toString()));
    plan.problems().forEach(p -> all.add(p.toString()));
    return all.isEmpty() ? "" : ": " + String.join("; ", all);
  }

  static Map<String, Object> fetchMap(FetchRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "fetch");
    m.put("store_id", r.storeId());
    m.put("status", r.statusCode());
    m.put("from", r.from().toString());
    m.put("to", r.to().toString());
    return m;
  }
}
