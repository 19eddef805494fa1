package com.naversms.core.secrets;

import java.util.List;

/**
 * What {@code secrets check} found for one secret: which keys are there and which are missing,
 * never the values.
 */
public record SecretStatus(
    KnownSecret secret,
    State state,
    List<String> presentKeys,
    List<String> missingKeys,
    String error) {
  public SecretStatus {
    presentKeys = List.copyOf(presentKeys);
    missingKeys = List.copyOf(missingKeys);
  }

  public enum State {
    COMPLETE,
    INCOMPLETE,
    ABSENT,
    UNREADABLE
  }

  /**
   * Fine for a run: complete, or an optional secret that is absent. An optional secret that exists
   * but lacks keys is not fine (the channel is half configured).
   */
  public boolean ok() {
    return state == State.COMPLETE || (state == State.ABSENT && !secret.required());
  }
}
