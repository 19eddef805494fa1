package com.naversms.core.rules;

import java.util.List;

/**
 * One operator-written rule. {@code condition} is the whole condition tree (a legacy flat list
 * becomes {@link Condition.All}). Rules run in file order; every matching rule's actions are
 * planned in order (docs/design.md 6.2).
 */
public record Rule(
    String name,
    boolean enabled,
    String description,
    Condition condition,
    List<Action> actions,
    SourceLocation location) {
  public Rule {
    actions = List.copyOf(actions);
  }
}
