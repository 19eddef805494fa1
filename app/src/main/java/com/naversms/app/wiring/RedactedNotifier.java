package com.naversms.app.wiring;

import com.naversms.adapters.redaction.LoadedSecrets;
import com.naversms.core.delivery.Notifier;

/**
 * An operator channel whose texts leave without the secrets the process has loaded: a cycle's error
 * alert quotes an exception's message, which may quote a credential (a URL with a token).
 */
record RedactedNotifier(Notifier notifier, LoadedSecrets secrets) implements Notifier {
  @Override
  public Delivery send(String channel, String text) {
    return notifier.send(channel, secrets.redact(text));
  }
}
