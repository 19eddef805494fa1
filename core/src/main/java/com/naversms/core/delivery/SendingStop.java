package com.naversms.core.delivery;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one stop signal of a cycle's sends, shared by every lane: once SENS refused the account's
 * credentials, no message is sent for the rest of the cycle (each is still claimed and released at
 * once, which records the rule that planned it for the next cycle's retry pass). The first refusal
 * is reported (once); the messages it stopped are deferred without using an attempt.
 */
final class SendingStop {
  private final AtomicReference<String> reason = new AtomicReference<>();
  private final Consumer<String> onFirstStop;

  /**
   * @param onFirstStop called once, on the lane that stopped the sends, with the gateway's reason
   */
  SendingStop(Consumer<String> onFirstStop) {
    this.onFirstStop = onFirstStop;
  }

  void stop(String gatewayReason) {
    if (reason.compareAndSet(null, gatewayReason)) {
      onFirstStop.accept(gatewayReason);
    }
  }

  boolean stopped() {
    return reason.get() != null;
  }

  /** The gateway's reason of the first refusal, when the sends were stopped. */
  Optional<String> reason() {
    return Optional.ofNullable(reason.get());
  }

  Outcome deferred() {
    return new Outcome.Deferred(
        "not sent: SENS refused the account's credentials in this cycle ("
            + reason.get()
            + "); no attempt used, sent in a later cycle");
  }
}
