package com.naversms.core.delivery;

import java.util.Optional;

/** The operator channels; an empty one is not configured and its actions are skipped. */
public record Channels(Optional<Notifier> telegram, Optional<Notifier> slack) {

  public static Channels none() {
    return new Channels(Optional.empty(), Optional.empty());
  }

  public static Channels of(Notifier telegram, Notifier slack) {
    return new Channels(Optional.ofNullable(telegram), Optional.ofNullable(slack));
  }
}
