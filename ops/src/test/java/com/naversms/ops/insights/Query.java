package com.naversms.ops.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed CloudWatch Logs Insights query, limited to the subset the runbook and dashboards use:
 * {@code fields}, {@code filter}, {@code stats … by}, {@code sort}, {@code limit} (and a leading
 * {@code SOURCE '…'} of dashboard widgets, which is ignored).
 */
public record Query(String text, List<Command> commands) {

  public sealed interface Command {}

  public record Fields(List<String> names) implements Command {}

  public record Filter(Expr condition) implements Command {}

  /** One aggregate, e.g. {@code count(*) as events}. {@code argument} is null for count(*). */
  public record Aggregate(String function, Expr argument, String alias) {}

  public record Stats(List<Aggregate> aggregates, List<String> groupBy) implements Command {}

  public record SortKey(String field, boolean descending) {}

  public record Sort(List<SortKey> keys) implements Command {}

  public record Limit(int rows) implements Command {}

  /** Every field name the query reads (for the contract test against the emitted fields). */
  public List<String> referencedFields() {
    List<String> out = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    for (Command c : commands) {
      switch (c) {
        case Fields f -> out.addAll(f.names());
        case Filter f -> f.condition().collectFields(out);
        case Stats s -> {
          for (Aggregate a : s.aggregates()) {
            if (a.argument() != null) {
              a.argument().collectFields(out);
            }
            aliases.add(a.alias());
          }
          out.addAll(s.groupBy());
        }
        case Sort s -> s.keys().stream().map(SortKey::field).forEach(out::add);
        case Limit l -> {}
      }
    }
    out.removeAll(aliases);
    return out.stream().distinct().toList();
  }
}
