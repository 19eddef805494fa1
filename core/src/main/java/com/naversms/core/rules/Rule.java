package com.naversms.core.rules;

import java.util.List;

/**
 * One operator-written rule. {@code condition} is the whole condition tree (a legacy flat list
 * becomes {@link Condition.All}). Rules run in file order; every matching rule's actions are
 * planned in order (docs/design.md 6.2). {@code quietHours} is the rule's own {@code quiet_hours}
 * (docs/rules.md, "Quiet hours").
 */
public record Rule(
    String name,
    boolean enabled,
    String description,
    Condition condition,
    List<Action> actions,
    SourceLocation location,
    QuietHours quietHours) {
  public Rule {
    actions = List.copyOf(actions);
    quietHours = quietHours == null ? QuietHours.inherit() : quietHours;
  }

  /** A rule without its own {@code quiet_hours}: the file's window applies. */
  public Rule(
      String name,
      boolean enabled,
      String description,
      Condition condition,
      List<Action> actions,
      SourceLocation location) {
    this(name, enabled, description, condition, actions, location, QuietHours.inherit());
  }
}
