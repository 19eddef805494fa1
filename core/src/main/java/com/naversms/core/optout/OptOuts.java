package com.naversms.core.optout;

import com.naversms.core.booking.Phone;
import java.util.Objects;

/**
 * What the planner knows of the opt-out list in one cycle: the list as read, or that it could not
 * be read. An advertising message is never planned to a number on the list, and none at all when
 * the list could not be read; informational messages go either way (docs/rules.md, "Advertising
 * messages").
 */
public sealed interface OptOuts {

  /**
   * Why an advertising message to {@code phone} may not be planned, or null when it may. The phone
   * appears masked ({@code 010-****-1234}).
   */
  String refusal(String phone);

  /** No list: nobody opted out (a config without one, {@code plan} without {@code --optouts}). */
  static OptOuts none() {
    return new Known(OptOutList.empty());
  }

  static OptOuts of(OptOutList list) {
    return new Known(list);
  }

  static OptOuts unreadable(String reason) {
    return new Unreadable(reason);
  }

  /** Reads {@code source}; a source that throws gives {@link Unreadable} with the reason. */
  static OptOuts read(OptOutSource source) {
    try {
      return new Known(Objects.requireNonNull(source.current(), "opt-out list"));
    } catch (RuntimeException e) {
      return unreadable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The list as read this cycle. */
  record Known(OptOutList list) implements OptOuts {
    @Override
    public String refusal(String phone) {
      return list.contains(phone) ? Phone.masked(phone) + " opted out of advertising" : null;
    }
  }

  /** The list could not be read this cycle: no advertising message at all. */
  record Unreadable(String reason) implements OptOuts {
    @Override
    public String refusal(String phone) {
      return "the opt-out list could not be read this cycle, so no advertising message is planned";
    }
  }
}
