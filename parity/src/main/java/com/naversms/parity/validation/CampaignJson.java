package com.naversms.parity.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The campaign report as plain maps and lists, for the JSON file beside the Markdown one. */
public final class CampaignJson {
  private CampaignJson() {}

  public static Map<String, Object> asMap(CampaignReport r, Map<String, String> intended) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("decision", r.decision());
    m.put("reasons", r.reasons());
    m.put("dataset", r.dataset());
    m.put("generated_at", r.generatedAt().toString());
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("scenarios", r.results().size());
    totals.put("passed", r.passed());
    totals.put("failed", r.failed());
    totals.put("unexpected_baseline_differences", r.unexpectedBaselineDifferences());
    m.put("totals", totals);
    Map<String, Object> perf = new LinkedHashMap<>();
    perf.put("what", r.performance().what());
    perf.put("millis", r.performance().millis());
    perf.put("peak_heap_bytes", r.performance().peakHeapBytes());
    m.put("performance", perf);
    List<Map<String, Object>> scenarios = new ArrayList<>();
    for (ScenarioResult s : r.results()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", s.scenario().name());
      one.put("file", s.scenario().file());
      one.put("passed", s.passed());
      one.put("failures", s.failures());
      one.put("actions", s.actions());
      one.put("plan_micros", s.planMicros());
      one.put("covers", s.scenario().covers());
      Map<String, Object> parity = new LinkedHashMap<>();
      parity.put("match_percentage", s.parity().matchPercentage());
      parity.put("intended_differences", s.intendedIds());
      parity.put("unexpected", s.unexpected().stream().map(CampaignMarkdown::describe).toList());
      one.put("baseline", parity);
      scenarios.add(one);
    }
    m.put("scenarios", scenarios);
    Map<String, String> seen = new LinkedHashMap<>();
    r.results().stream()
        .flatMap(s -> s.intendedIds().stream())
        .sorted(ScenarioResult.BY_NUMBER)
        .forEach(id -> seen.put(id, intended.getOrDefault(id, "")));
    m.put("intended_differences", seen);
    return m;
  }
}
