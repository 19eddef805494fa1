package com.naversms.parity.validation;

import com.naversms.parity.comparison.ComparedItem;
import java.util.Map;
import java.util.TreeSet;

/** The campaign report for people ({@code validation-report.md}). */
public final class CampaignMarkdown {
  private CampaignMarkdown() {}

  /**
   * @param intended id → description of the intended differences (docs/compatibility.md)
   */
  public static String render(CampaignReport r, Map<String, String> intended) {
    StringBuilder md = new StringBuilder();
    md.append("# Validation campaign: ").append(r.decision()).append("\n\n");
    md.append("- Dataset: `").append(r.dataset()).append("`\n");
    md.append("- Generated: ").append(r.generatedAt()).append("\n");
    md.append("- Scenarios: ")
        .append(r.results().size())
        .append(", passed ")
        .append(r.passed())
        .append(", failed ")
        .append(r.failed())
        .append("\n");
    md.append("- Unexpected differences from the legacy baseline: ")
        .append(r.unexpectedBaselineDifferences())
        .append("\n");
    md.append("- Performance: ").append(r.performance().describe()).append("\n\n");
    md.append("## Decision: ").append(r.decision()).append("\n\n");
    r.reasons().forEach(reason -> md.append("- ").append(reason).append("\n"));
    md.append("\n## Scenarios\n\n");
    md.append("| # | Scenario | Result | Actions | Baseline parity | Intended differences |\n");
    md.append("|---|---|---|---|---|---|\n");
    int n = 1;
    for (ScenarioResult s : r.results()) {
      md.append("| ")
          .append(n++)
          .append(" | `")
          .append(s.scenario().name())
          .append("` | ")
          .append(s.passed() ? "pass" : "**FAIL**")
          .append(" | ")
          .append(s.actions())
          .append(" | ")
          .append(s.unexpected().isEmpty() ? "ok" : "**" + s.unexpected().size() + " unexpected**")
          .append(String.format(" (%.2f %%)", s.parity().matchPercentage()))
          .append(" | ")
          .append(String.join(", ", s.intendedIds()))
          .append(" |\n");
    }
    for (ScenarioResult s : r.results()) {
      if (s.passed() && s.unexpected().isEmpty()) {
        continue;
      }
      md.append("\n### ").append(s.scenario().name()).append("\n\n");
      md.append("File: `").append(s.scenario().file()).append("`\n\n");
      s.failures().forEach(f -> md.append("- ").append(f).append("\n"));
      for (ComparedItem i : s.unexpected()) {
        md.append("- baseline difference: ").append(describe(i)).append("\n");
      }
    }
    TreeSet<String> ids = new TreeSet<>(ScenarioResult.BY_NUMBER);
    r.results().forEach(s -> ids.addAll(s.intendedIds()));
    if (!ids.isEmpty()) {
      md.append("\n## Intended differences seen\n\n");
      for (String id : ids) {
        md.append("- **")
            .append(id)
            .append("** ")
            .append(intended.getOrDefault(id, ""))
            .append("\n");
      }
    }
    md.append("\n## Coverage\n\n");
    for (ScenarioResult s : r.results()) {
      md.append("- `")
          .append(s.scenario().name())
          .append("`: ")
          .append(String.join("; ", s.scenario().covers()))
          .append("\n");
    }
    return md.toString();
  }

  static String describe(ComparedItem i) {
    return i.category().label()
        + " "
        + i.key()
        + " of booking "
        + i.bookingNum()
        + ": "
        + switch (i.side()) {
          case BASELINE_ONLY -> "planned by the legacy system only";
          case CANDIDATE_ONLY -> "planned by the rules only";
          case BOTH -> "fields differ: " + String.join(", ", i.differences());
        };
  }
}
