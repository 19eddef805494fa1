package com.naversms.parity.validation;

import java.time.Instant;
import java.util.List;

/**
 * The campaign's outcome: every scenario, the performance line and the GO/NO-GO decision. GO when
 * every scenario passes and the rules differ from the legacy baseline only as intended.
 */
public record CampaignReport(
    String dataset, Instant generatedAt, List<ScenarioResult> results, Performance performance) {
  public CampaignReport {
    results = List.copyOf(results);
  }

  public long passed() {
    return results.stream().filter(ScenarioResult::passed).count();
  }

  public long failed() {
    return results.size() - passed();
  }

  public long unexpectedBaselineDifferences() {
    return results.stream().mapToLong(r -> r.unexpected().size()).sum();
  }

  public boolean go() {
    return !results.isEmpty() && failed() == 0 && unexpectedBaselineDifferences() == 0;
  }

  public String decision() {
    return go() ? "GO" : "NO-GO";
  }

  /** Why the decision is what it is, one line per reason. */
  public List<String> reasons() {
    if (results.isEmpty()) {
      return List.of("no scenario was run");
    }
    List<String> out = new java.util.ArrayList<>();
    results.stream()
        .filter(r -> !r.passed())
        .forEach(r -> out.add("scenario " + r.scenario().name() + " failed"));
    results.stream()
        .filter(r -> !r.unexpected().isEmpty())
        .forEach(r ->
            out.add(
                "scenario "
                    + r.scenario().name()
                    + ": "
                    + r.unexpected().size()
                    + " unexpected difference(s) from the legacy baseline"));
    if (out.isEmpty()) {
      out.add(
          "all "
              + results.size()
              + " scenarios pass; every difference from the legacy baseline is intended");
    }
    return out;
  }
}
