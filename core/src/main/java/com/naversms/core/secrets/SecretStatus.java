package com.naversms.core.secrets;

import java.util.List;

/**
 * What {@code secrets check} found for one secret: which keys are there, which are missing and
 * which do not have their {@link SecretShape} (with what is wrong), never the values.
 *
 * @param invalidKeys {@code "key problem"}, e.g. {@code "webhook_url has no scheme (…)"}
 */
public record SecretStatus(
    KnownSecret secret,
    State state,
    List<String> presentKeys,
    List<String> missingKeys,
    List<String> invalidKeys,
    String error) {
  public SecretStatus {
    presentKeys = List.copyOf(presentKeys);
    missingKeys = List.copyOf(missingKeys);
    invalidKeys = List.copyOf(invalidKeys);
  }

  public SecretStatus(
      KnownSecret secret,
      State state,
      List<String> presentKeys,
      List<String> missingKeys,
      String error) {
    this(secret, state, presentKeys, missingKeys, List.of(), error);
  }

  public enum State {
    COMPLETE,
    INCOMPLETE,
    INVALID,
    ABSENT,
    UNREADABLE
  }

  /**
   * Fine for a run: complete, or an optional secret that is absent. An optional secret that exists
   * but lacks keys or holds a malformed value is not fine (the run skips that channel).
   */
  public boolean ok() {
    return state == State.COMPLETE || (state == State.ABSENT && !secret.required());
  }
}
