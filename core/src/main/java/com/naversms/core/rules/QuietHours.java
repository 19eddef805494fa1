package com.naversms.core.rules;

import java.util.Optional;

/**
 * A rule's {@code quiet_hours}: absent (the file's window applies), {@code false} (exempt: the
 * rule's messages go at any hour, e.g. the door-code guide) or its own window.
 */
public sealed interface QuietHours {
  /** The window this rule keeps, given the one at the top of rules.yaml (if any). */
  Optional<QuietWindow> window(Optional<QuietWindow> fileWide);

  /** No {@code quiet_hours} on the rule: the top-level window, if any. */
  record Inherit() implements QuietHours {
    @Override
    public Optional<QuietWindow> window(Optional<QuietWindow> fileWide) {
      return fileWide;
    }
  }

  /**
   * {@code quiet_hours: false}. Advertising messages still keep {@link QuietWindow#ADVERTISING}.
   */
  record Exempt() implements QuietHours {
    @Override
    public Optional<QuietWindow> window(Optional<QuietWindow> fileWide) {
      return Optional.empty();
    }
  }

  /** {@code quiet_hours: {start, end}} on the rule: replaces the top-level window. */
  record Own(QuietWindow own) implements QuietHours {
    @Override
    public Optional<QuietWindow> window(Optional<QuietWindow> fileWide) {
      return Optional.of(own);
    }
  }

  static QuietHours inherit() {
    return new Inherit();
  }
}
